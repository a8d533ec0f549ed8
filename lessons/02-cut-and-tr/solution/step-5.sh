cut -d'#' -f8 data/access.log | tr -s ' ' > agents.txt
