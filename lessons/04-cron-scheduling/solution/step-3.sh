report
echo $PATH
crontab -l > jobs.cron
echo '* * * * * report' >> jobs.cron
crontab jobs.cron
sleep 120
cat /var/mail/student
echo '* * * * * /home/student/etl.sh' > jobs.cron
echo '* * * * * /home/student/bin/report' >> jobs.cron
crontab jobs.cron
sleep 120
tail -n 3 /var/mail/student
