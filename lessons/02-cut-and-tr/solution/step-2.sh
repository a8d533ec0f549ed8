cut -d'#' -f2,5 data/access.log > ip-status.txt
