echo '* * * * * /home/student/etl.sh' | crontab -
crontab -l
sleep 300
grep CMD /var/log/cron
ls -l users.csv
