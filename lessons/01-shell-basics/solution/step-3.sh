cat data/returns.csv 2> errors.log
grep north data/sales.csv > north.csv
