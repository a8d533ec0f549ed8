// What crond needs once a crontab exists, loaded on first use so the page's first download holds
// only the daemon's shell: cron's grammar, croner and cronstrue for fire times and words, and the
// jobs' standard streams.

export { readCrontab } from './crontab-file.ts';
export { CronSchedule, describeSchedule } from './schedule.ts';
export { CronJobInput, CronJobOutput, splitCommand } from './job-io.ts';
