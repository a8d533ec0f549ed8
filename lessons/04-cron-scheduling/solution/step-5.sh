echo '0 * * * * /home/student/etl.sh' > jobs.cron
echo '*/15 * * * * /home/student/bin/report >> /home/student/report.log' >> jobs.cron
crontab jobs.cron
crontab -l
sleep 3600
tail -n 4 report.log
