// date: formats, date strings, zones and the options of GNU date (coreutils 9.1).
// Expected outputs were recorded from the real tools (Debian 12: coreutils 9.1) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC, "now" frozen at 2026-11-25 10:00:00 UTC with an LD_PRELOAD shim.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('date', () => {
  // real: date; date -u; date --utc; date --universal
  test("prints the current time in the default format, in UTC", async () => {
    expect(await sh("date; date -u; date --utc; date --universal")).toEqual({
      stdout: "Wed Nov 25 10:00:00 UTC 2026\nWed Nov 25 10:00:00 UTC 2026\nWed Nov 25 10:00:00 UTC 2026\nWed Nov 25 10:00:00 UTC 2026\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d @1795600800.012345678 +'%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%N|%p|%P|%r|%R|%s|%S|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%z|%:z|%::z|%:::z|%Z|%%|%q'
  test("every conversion", async () => {
    expect(await sh("date -d @1795600800.012345678 +'%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%N|%p|%P|%r|%R|%s|%S|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%z|%:z|%::z|%:::z|%Z|%%|%q'")).toEqual({
      stdout: "Wed|Wednesday|Nov|November|Wed Nov 25 10:00:00 2026|20|25|11/25/26|25|2026-11-25|26|2026|Nov|10|10|329|10|10|11|00|012345678|AM|am|10:00:00 AM|10:00|1795600800|00|10:00:00|3|47|48|3|47|11/25/26|10:00:00|26|2026|+0000|+00:00|+00:00:00|+00|UTC|%|4\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d @0 +'a%nb%tc'
  test("%n and %t", async () => {
    expect(await sh("date -d @0 +'a%nb%tc'")).toEqual({
      stdout: "a\nb\tc\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d @1795600800 +'%10a|%-10a|%_10a|%010a|%^a|%#a|%^#a|%#A|%#b|%^B|%#p|%#P|%^P|%^p|%#Z|%^Z|%#c|%^c'
  test("flags and widths on names", async () => {
    expect(await sh("date -d @1795600800 +'%10a|%-10a|%_10a|%010a|%^a|%#a|%^#a|%#A|%#b|%^B|%#p|%#P|%^P|%^p|%#Z|%^Z|%#c|%^c'")).toEqual({
      stdout: "       Wed|Wed|       Wed|0000000Wed|WED|WED|WED|WEDNESDAY|NOV|NOVEMBER|am|am|am|AM|utc|UTC|Wed Nov 25 10:00:00 2026|WED NOV 25 10:00:00 2026\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d @1795600800 +'%5d|%-d|%_d|%-5d|%_5d|%05e|%-e|%3e|%_3H|%-H|%-I|%_I|%-j|%_j|%5j|%-m|%_m|%-M|%_S|%-y|%_y|%10Y|%_10Y|%-10Y|%+10Y|%+Y|%+6Y'
  test("flags and widths on numbers", async () => {
    expect(await sh("date -d @1795600800 +'%5d|%-d|%_d|%-5d|%_5d|%05e|%-e|%3e|%_3H|%-H|%-I|%_I|%-j|%_j|%5j|%-m|%_m|%-M|%_S|%-y|%_y|%10Y|%_10Y|%-10Y|%+10Y|%+Y|%+6Y'")).toEqual({
      stdout: "00025|25|25|25|   25|00025|25| 25| 10|10|10|10|329|329|00329|11|11|0| 0|26|26|0000002026|      2026|2026|+000002026|2026|+02026\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d @1795600800.012345678 +'%3N|%6N|%-N|%_N|%12N|%_3N|%-3N|%03N|%0N'; date -d @0.12 +'%-N|%_N|%3N|%-3N|%1N'
  test("nanoseconds with widths", async () => {
    expect(await sh("date -d @1795600800.012345678 +'%3N|%6N|%-N|%_N|%12N|%_3N|%-3N|%03N|%0N'; date -d @0.12 +'%-N|%_N|%3N|%-3N|%1N'")).toEqual({
      stdout: "012|012345|012345678|012345678|012345678000|012|012|012|012345678\n120000000|12       |120|12|1\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d @1 +'%z|%_z|%-z|%10z|%_10z|%:z|%-:z|%::z|%:::z|%10:z'; TZ=XYZ+5:30 date -d @1 +'%z|%_z|%-z|%:::z|%Z'
  test("numeric zones with flags", async () => {
    expect(await sh("date -d @1 +'%z|%_z|%-z|%10z|%_10z|%:z|%-:z|%::z|%:::z|%10:z'; TZ=XYZ+5:30 date -d @1 +'%z|%_z|%-z|%:::z|%Z'")).toEqual({
      stdout: "+0000|   +0|+0|+000000000|        +0|+00:00|+0:00|+00:00:00|+00|+000000:00\n-0530| -530|-530|-05:30|XYZ\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d @1795600800 +'%10D|%_10D|%010D|%30c|%15F|%_15F|%-F|%10T|%15r|%10x'
  test("composite conversions padded as a whole", async () => {
    expect(await sh("date -d @1795600800 +'%10D|%_10D|%010D|%30c|%15F|%_15F|%-F|%10T|%15r|%10x'")).toEqual({
      stdout: "  11/25/26|  11/25/26|0011/25/26|      Wed Nov 25 10:00:00 2026|000002026-11-25|     2026-11-25|2026-11-25|  10:00:00|    10:00:00 AM|  11/25/26\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d @1 +'[%Q][%5Q][%5%][%-5%][%E][%Ed][%Ey][%OY][%Ob][%:x][%::::z]%'
  test("unknown conversions are copied as written", async () => {
    expect(await sh("date -d @1 +'[%Q][%5Q][%5%][%-5%][%E][%Ed][%Ey][%OY][%Ob][%:x][%::::z]%'")).toEqual({
      stdout: "[%Q][  %5Q][   %5%][%-5%][%E][%Ed][70][%OY][Jan][%:x][%::::z]%\n",
      stderr: "",
      status: 0,
    });
  });

  // real: for t in 1609459200 1609372800 1293840000 1767225600; do date -d @$t +'%F %G-W%V-%u %g %U %W %j'; done
  test("ISO weeks around the new year", async () => {
    expect(await sh("for t in 1609459200 1609372800 1293840000 1767225600; do date -d @$t +'%F %G-W%V-%u %g %U %W %j'; done")).toEqual({
      stdout: "2021-01-01 2020-W53-5 20 00 00 001\n2020-12-31 2020-W53-4 20 52 52 366\n2011-01-01 2010-W52-6 10 00 00 001\n2026-01-01 2026-W01-4 26 00 00 001\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d yesterday; date -d tomorrow; date -d '2 days ago'; date -d '+3 days'; date -d '1 week ago'; date -d 'next week'; date -d fortnight
  test("relative days", async () => {
    expect(await sh("date -d yesterday; date -d tomorrow; date -d '2 days ago'; date -d '+3 days'; date -d '1 week ago'; date -d 'next week'; date -d fortnight")).toEqual({
      stdout: "Tue Nov 24 10:00:00 UTC 2026\nThu Nov 26 10:00:00 UTC 2026\nMon Nov 23 10:00:00 UTC 2026\nSat Nov 28 10:00:00 UTC 2026\nWed Nov 18 10:00:00 UTC 2026\nWed Dec  2 10:00:00 UTC 2026\nWed Dec  9 10:00:00 UTC 2026\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d monday; date -d 'next monday'; date -d 'last monday'; date -d wednesday; date -d 'next wednesday'; date -d 'last friday'; date -d 'third monday'
  test("weekdays", async () => {
    expect(await sh("date -d monday; date -d 'next monday'; date -d 'last monday'; date -d wednesday; date -d 'next wednesday'; date -d 'last friday'; date -d 'third monday'")).toEqual({
      stdout: "Mon Nov 30 00:00:00 UTC 2026\nMon Nov 30 00:00:00 UTC 2026\nMon Nov 23 00:00:00 UTC 2026\nWed Nov 25 00:00:00 UTC 2026\nWed Dec  2 00:00:00 UTC 2026\nFri Nov 20 00:00:00 UTC 2026\nMon Dec 14 00:00:00 UTC 2026\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d 'tomorrow 9am'; date -d 9pm; date -d '12am'; date -d '12:30 pm'; date -d '14:05:06'; date -d 'today 00:00'
  test("times of day", async () => {
    expect(await sh("date -d 'tomorrow 9am'; date -d 9pm; date -d '12am'; date -d '12:30 pm'; date -d '14:05:06'; date -d 'today 00:00'")).toEqual({
      stdout: "Thu Nov 26 09:00:00 UTC 2026\nWed Nov 25 21:00:00 UTC 2026\nWed Nov 25 00:00:00 UTC 2026\nWed Nov 25 12:30:00 UTC 2026\nWed Nov 25 14:05:06 UTC 2026\nWed Nov 25 00:00:00 UTC 2026\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d '2026-01-01'; date -d '2026-01-01 12:00'; date -d '2026-01-01T12:00:30Z'; date -d '2026-01-01T12:00:30+01:00'; date -d 20260101; date -d '11/25/2026'; date -d 'Nov 25 2026'; date -d '25 Nov 2026'; date -d '25-Nov-2026'; date -d 'November 25, 2026'
  test("absolute dates", async () => {
    expect(await sh("date -d '2026-01-01'; date -d '2026-01-01 12:00'; date -d '2026-01-01T12:00:30Z'; date -d '2026-01-01T12:00:30+01:00'; date -d 20260101; date -d '11/25/2026'; date -d 'Nov 25 2026'; date -d '25 Nov 2026'; date -d '25-Nov-2026'; date -d 'November 25, 2026'")).toEqual({
      stdout: "Thu Jan  1 00:00:00 UTC 2026\nThu Jan  1 12:00:00 UTC 2026\nThu Jan  1 12:00:30 UTC 2026\nThu Jan  1 11:00:30 UTC 2026\nThu Jan  1 00:00:00 UTC 2026\nWed Nov 25 00:00:00 UTC 2026\nWed Nov 25 00:00:00 UTC 2026\nWed Nov 25 00:00:00 UTC 2026\nWed Nov 25 00:00:00 UTC 2026\nWed Nov 25 00:00:00 UTC 2026\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d 'Wed Nov 25 10:00:00 UTC 2026' +%s; date -d "$(date -d @1700000000)" +%s
  test("the default output of date reads back", async () => {
    expect(await sh("date -d 'Wed Nov 25 10:00:00 UTC 2026' +%s; date -d \"$(date -d @1700000000)\" +%s")).toEqual({
      stdout: "1795600800\n1700000000\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d @1700000000; date -d @0 -u; date -d @-1 +%F.%T; date -d @1.5 +%s.%N
  test("seconds since the epoch", async () => {
    expect(await sh("date -d @1700000000; date -d @0 -u; date -d @-1 +%F.%T; date -d @1.5 +%s.%N")).toEqual({
      stdout: "Tue Nov 14 22:13:20 UTC 2023\nThu Jan  1 00:00:00 UTC 1970\n1969-12-31.23:59:59\n1.500000000\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d 'next month'; date -d 'last year'; date -d '2026-01-31 +1 month'; date -d '2024-02-29 +1 year'; date -d '3 months ago' +%F
  test("months and years", async () => {
    expect(await sh("date -d 'next month'; date -d 'last year'; date -d '2026-01-31 +1 month'; date -d '2024-02-29 +1 year'; date -d '3 months ago' +%F")).toEqual({
      stdout: "Fri Dec 25 10:00:00 UTC 2026\nTue Nov 25 10:00:00 UTC 2025\nTue Mar  3 00:00:00 UTC 2026\nSat Mar  1 00:00:00 UTC 2025\n2026-08-25\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d '2 hours ago'; date -d '+90 minutes'; date -d '1 hour 30 minutes ago'; date -d '2026-11-25 10:00 1.5 seconds ago' +%T.%N
  test("hours, minutes and seconds", async () => {
    expect(await sh("date -d '2 hours ago'; date -d '+90 minutes'; date -d '1 hour 30 minutes ago'; date -d '2026-11-25 10:00 1.5 seconds ago' +%T.%N")).toEqual({
      stdout: "Wed Nov 25 08:00:00 UTC 2026\nWed Nov 25 11:30:00 UTC 2026\nWed Nov 25 10:30:00 UTC 2026\n09:59:58.500000000\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d '2026-01-01 12:00 EST'; date -d '2026-01-01 12:00 +0200'; date -d 'UTC+2'; date -d '10:00 -05'; date -d 'TZ="Europe/Paris" 2026-07-01 12:00'
  test("zones in the string", async () => {
    expect(await sh("date -d '2026-01-01 12:00 EST'; date -d '2026-01-01 12:00 +0200'; date -d 'UTC+2'; date -d '10:00 -05'; date -d 'TZ=\"Europe/Paris\" 2026-07-01 12:00'")).toEqual({
      stdout: "Thu Jan  1 17:00:00 UTC 2026\nThu Jan  1 10:00:00 UTC 2026\nTue Nov 24 22:00:00 UTC 2026\nWed Nov 25 15:00:00 UTC 2026\nWed Jul  1 10:00:00 UTC 2026\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d foo; echo $?; date -d '2026-02-30'; echo $?; date -d '25:00'; echo $?; date -d 'noon'; echo $?; date -d 'tomorrow tomorrow'; echo $?
  test("invalid dates", async () => {
    expect(await sh("date -d foo; echo $?; date -d '2026-02-30'; echo $?; date -d '25:00'; echo $?; date -d 'noon'; echo $?; date -d 'tomorrow tomorrow'; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\nFri Nov 27 10:00:00 UTC 2026\n0\n",
      stderr: "date: invalid date ‘foo’\ndate: invalid date ‘2026-02-30’\ndate: invalid date ‘25:00’\ndate: invalid date ‘noon’\n",
      status: 0,
    });
  });

  // real: TZ=Europe/Paris date; TZ=America/New_York date -d '2026-07-04 12:00 UTC'; TZ=Asia/Kolkata date -R; TZ=UTC+3 date; TZ='<+07>-7' date; TZ=EST5EDT date -d '2026-07-01 12:00 UTC'; TZ='CET-1CEST,M3.5.0,M10.5.0/3' date -d '2026-07-01 12:00 UTC'; TZ=foo date; TZ= date
  test("the TZ variable: zone names, POSIX strings, unknown zones", async () => {
    expect(await sh("TZ=Europe/Paris date; TZ=America/New_York date -d '2026-07-04 12:00 UTC'; TZ=Asia/Kolkata date -R; TZ=UTC+3 date; TZ='<+07>-7' date; TZ=EST5EDT date -d '2026-07-01 12:00 UTC'; TZ='CET-1CEST,M3.5.0,M10.5.0/3' date -d '2026-07-01 12:00 UTC'; TZ=foo date; TZ= date")).toEqual({
      stdout: "Wed Nov 25 11:00:00 CET 2026\nSat Jul  4 08:00:00 EDT 2026\nWed, 25 Nov 2026 15:30:00 +0530\nWed Nov 25 07:00:00 UTC 2026\nWed Nov 25 17:00:00 +07 2026\nWed Jul  1 08:00:00 EDT 2026\nWed Jul  1 14:00:00 CEST 2026\nWed Nov 25 10:00:00 foo 2026\nWed Nov 25 10:00:00 UTC 2026\n",
      stderr: "",
      status: 0,
    });
  });

  // real: TZ=Asia/Tokyo date -d '2026-01-01 09:00' +%s; TZ=America/New_York date -d 'tomorrow' +%F.%T.%Z
  test("dates are read in the TZ zone", async () => {
    expect(await sh("TZ=Asia/Tokyo date -d '2026-01-01 09:00' +%s; TZ=America/New_York date -d 'tomorrow' +%F.%T.%Z")).toEqual({
      stdout: "1767225600\n2026-11-26.05:00:00.EST\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -I; date -Id; date -Ih; date -Iminutes; date -Iseconds; date -Ins -d @1795600800; date --iso-8601; date --iso=s; date -R; date --rfc-email; date --rfc-3339=date; date --rfc-3339=seconds; date --rfc-3339=ns -d @1795600800.5; TZ=Asia/Kolkata date -Iseconds
  test("ISO 8601 and RFC formats", async () => {
    expect(await sh("date -I; date -Id; date -Ih; date -Iminutes; date -Iseconds; date -Ins -d @1795600800; date --iso-8601; date --iso=s; date -R; date --rfc-email; date --rfc-3339=date; date --rfc-3339=seconds; date --rfc-3339=ns -d @1795600800.5; TZ=Asia/Kolkata date -Iseconds")).toEqual({
      stdout: "2026-11-25\n2026-11-25\n2026-11-25T10+00:00\n2026-11-25T10:00+00:00\n2026-11-25T10:00:00+00:00\n2026-11-25T10:00:00,000000000+00:00\n2026-11-25\n2026-11-25T10:00:00+00:00\nWed, 25 Nov 2026 10:00:00 +0000\nWed, 25 Nov 2026 10:00:00 +0000\n2026-11-25\n2026-11-25 10:00:00+00:00\n2026-11-25 10:00:00.500000000+00:00\n2026-11-25T15:30:00+05:30\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -Ix; echo $?; date --iso-8601=; echo $?; date --rfc-3339; echo $?; date --rfc-3339=x; echo $?
  test("bad arguments to -I and --rfc-3339", async () => {
    expect(await sh("date -Ix; echo $?; date --iso-8601=; echo $?; date --rfc-3339; echo $?; date --rfc-3339=x; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n",
      stderr: "date: invalid argument ‘x’ for ‘--iso-8601’\nValid arguments are:\n  - ‘hours’\n  - ‘minutes’\n  - ‘date’\n  - ‘seconds’\n  - ‘ns’\nTry 'date --help' for more information.\ndate: ambiguous argument ‘’ for ‘--iso-8601’\nValid arguments are:\n  - ‘hours’\n  - ‘minutes’\n  - ‘date’\n  - ‘seconds’\n  - ‘ns’\nTry 'date --help' for more information.\ndate: option '--rfc-3339' requires an argument\nTry 'date --help' for more information.\ndate: invalid argument ‘x’ for ‘--rfc-3339’\nValid arguments are:\n  - ‘date’\n  - ‘seconds’\n  - ‘ns’\nTry 'date --help' for more information.\n",
      status: 0,
    });
  });

  // real: touch -d '2020-01-02 03:04:05.5' f; date -r f; date -r f +%s.%N; date --reference=f -u +%c; date -r nofile; echo $?
  test("-r prints a file's modification time", async () => {
    expect(await sh("touch -d '2020-01-02 03:04:05.5' f; date -r f; date -r f +%s.%N; date --reference=f -u +%c; date -r nofile; echo $?")).toEqual({
      stdout: "Thu Jan  2 03:04:05 UTC 2020\n1577934245.500000000\nThu Jan  2 03:04:05 2020\n1\n",
      stderr: "date: nofile: No such file or directory\n",
      status: 0,
    });
  });

  // real: printf 'now\nfoo\n@0\n\n2026-06-01\n' > dates; date -f dates +%F; echo $?; echo @86400 | date -f - -u; date -f nofile; echo $?
  test("-f reads one date per line", async () => {
    expect(await sh("printf 'now\\nfoo\\n@0\\n\\n2026-06-01\\n' > dates; date -f dates +%F; echo $?; echo @86400 | date -f - -u; date -f nofile; echo $?")).toEqual({
      stdout: "2026-11-25\n1970-01-01\n2026-11-25\n2026-06-01\n1\nFri Jan  2 00:00:00 UTC 1970\n1\n",
      stderr: "date: invalid date ‘foo’\ndate: nofile: No such file or directory\n",
      status: 0,
    });
  });

  // real: date -s '2020-01-01 00:00'; echo $?; date 11251000; echo $?; date 1125100026.30; echo $?; date 13251000; echo $?; date 11251000.5; echo $?
  test("setting the clock is refused, after printing the date", async () => {
    expect(await sh("date -s '2020-01-01 00:00'; echo $?; date 11251000; echo $?; date 1125100026.30; echo $?; date 13251000; echo $?; date 11251000.5; echo $?")).toEqual({
      stdout: "Wed Jan  1 00:00:00 UTC 2020\n1\nWed Nov 25 10:00:00 UTC 2026\n1\nWed Nov 25 10:00:30 UTC 2026\n1\n1\n1\n",
      stderr: "date: cannot set date: Operation not permitted\ndate: cannot set date: Operation not permitted\ndate: cannot set date: Operation not permitted\ndate: invalid date ‘13251000’\ndate: invalid date ‘11251000.5’\n",
      status: 0,
    });
  });

  // real: date a b; echo $?; date -d now 11251000; echo $?; date -R +%s; echo $?; date -d x -r f; echo $?; date -s now -d now; echo $?; date -x; echo $?; date --date; echo $?
  test("usage errors", async () => {
    expect(await sh("date a b; echo $?; date -d now 11251000; echo $?; date -R +%s; echo $?; date -d x -r f; echo $?; date -s now -d now; echo $?; date -x; echo $?; date --date; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n1\n1\n1\n",
      stderr: "date: extra operand ‘b’\nTry 'date --help' for more information.\ndate: the argument ‘11251000’ lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'\nTry 'date --help' for more information.\ndate: multiple output formats specified\ndate: the options to specify dates for printing are mutually exclusive\nTry 'date --help' for more information.\ndate: the options to print and set the time may not be used together\nTry 'date --help' for more information.\ndate: invalid option -- 'x'\nTry 'date --help' for more information.\ndate: option '--date' requires an argument\nTry 'date --help' for more information.\n",
      status: 0,
    });
  });

  // real: date --resolution; date -d @1.5 +%-N
  test("--resolution and %-N", async () => {
    expect(await sh("date --resolution; date -d @1.5 +%-N")).toEqual({
      stdout: "0.000000001\n500000000\n",
      stderr: "",
      status: 0,
    });
  });

  // real: date -d @72057594037927936; echo $?
  test("out of range times", async () => {
    expect(await sh("date -d @72057594037927936; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "date: time ‘72057594037927936’ is out of range\n",
      status: 0,
    });
  });

  // real: date --help | head -4; date --help | tail -3
  test("--help", async () => {
    expect(await sh("date --help | head -4; date --help | tail -3")).toEqual({
      stdout: "Usage: date [OPTION]... [+FORMAT]\n  or:  date [-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]\nDisplay date and time in the given FORMAT.\nWith -s, or with [MMDDhhmm[[CC]YY][.ss]], set the date and time.\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/date>\nor available locally via: info '(coreutils) date invocation'\n",
      stderr: "",
      status: 0,
    });
  });

});

describe('date in the playground', () => {
  test('the clock is virtual: it starts at 2026-11-25 10:00 UTC and moves with sleep', async () => {
    expect(await sh('date +%F.%T; sleep 90; date +%T; sleep 1h; date')).toEqual({
      stdout: '2026-11-25.10:00:00\n10:01:30\nWed Nov 25 11:01:30 UTC 2026\n',
      stderr: '',
      status: 0,
    });
  });

  test('options the playground does not simulate are refused loudly', async () => {
    expect(await sh('date --debug -d now')).toEqual({ stdout: '', stderr: 'date: --debug: not supported in this playground\n', status: 2 });
  });
});
