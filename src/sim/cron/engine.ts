// What crond needs once a crontab exists, loaded on first use so the page's first download holds
// only the daemon's shell: cron's grammar, croner and cronstrue for fire times and words, and running
// the jobs.

export { readCrontab } from './crontab-file.ts';
export { CronSchedule, describeSchedule } from './schedule.ts';
export { startCronJob } from './cron-job.ts';
export { entryViews, fireTimeline } from './cron-views.ts';
