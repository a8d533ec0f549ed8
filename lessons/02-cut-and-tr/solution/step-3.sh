cut -c12-13 data/access.log > hours.txt
cut -d'#' -f8 --complement data/access.log > short.log
