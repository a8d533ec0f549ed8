grep -q west data/sales.csv; echo $? > status.txt
