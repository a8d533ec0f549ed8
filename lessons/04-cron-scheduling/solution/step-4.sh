grep -c '^From ' /var/mail/student
echo '* * * * * /home/student/etl.sh' > jobs.cron
echo '* * * * * /home/student/bin/report >> /home/student/report.log' >> jobs.cron
crontab jobs.cron
sleep 180
cat report.log
grep -c '^From ' /var/mail/student
