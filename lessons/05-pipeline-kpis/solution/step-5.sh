time head -n 21 data/orders.csv > batch.csv
./slow-stage.sh < batch.csv > from-file.txt &
ls -l buffer batch.csv
wc -l batch.csv from-file.txt
wait
wc -l batch.csv from-file.txt
