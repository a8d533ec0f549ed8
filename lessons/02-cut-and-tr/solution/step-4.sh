cut -d'#' -f8 data/access.log | tr a-z A-Z | grep -c PYTHON > python.txt
