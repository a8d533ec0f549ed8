crontab -l
echo '0 * * * * /home/student/etl.sh' | crontab -
crontab -l
sleep 3630
ls -l users.csv
grep CMD /var/log/cron
