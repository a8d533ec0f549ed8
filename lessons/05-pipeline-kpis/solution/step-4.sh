mkfifo buffer
./slow-stage.sh < buffer > slow.txt &
time head -n 21 data/orders.csv > buffer
jobs
wc -l slow.txt
wait
wc -l slow.txt
