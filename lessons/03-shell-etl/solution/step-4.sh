chmod +x etl.sh
ls -l etl.sh
./etl.sh
head -n 5 users.csv
