import {
  completedThisWeek,
  dailyReminderRequest,
  dailyRule,
  encouragementCount,
  firstOccurrence,
  localDate,
  mayOfferReminder,
  MAX_COMPLETED_DATES,
  reminderTimeFrom,
  spokenTime,
  timeFromDailyRule,
  withCompletion,
} from '../../lambda/reminders';

describe('the time a reminder rings', () => {
  it.each([
    ['21:00', '21:00'],
    ['20:30', '20:30'],
    ['08:15', '08:15'],
    ['EV', '21:00'],
    ['NI', '21:00'],
    ['MO', '08:00'],
    // A reminder in the small hours would only wake the house: "five" is five in the afternoon.
    ['05:00', '17:00'],
    ['01:30', '13:30'],
    ['00:00', '00:00'],
  ])('"%s" rings at %s', (value, expected) => {
    expect(reminderTimeFrom(value)).toBe(expected);
  });

  it.each([undefined, '', 'PT10M', '2026-12-24', '25:00', 'banana'])(
    'holds no usable time in %p',
    (value) => {
      expect(reminderTimeFrom(value)).toBeUndefined();
    },
  );

  it('is said the way a person says it', () => {
    expect(spokenTime('21:00')).toMatchObject({ key: 'evening', clock: '9' });
    expect(spokenTime('20:30')).toMatchObject({ key: 'evening', clock: '8:30' });
    expect(spokenTime('22:00')).toMatchObject({ key: 'night', clock: '10' });
    expect(spokenTime('07:05')).toMatchObject({ key: 'morning', clock: '7:05' });
    expect(spokenTime('12:00')).toMatchObject({ key: 'noon', clock: '12' });
    expect(spokenTime('20:30')).toMatchObject({ hour12: 8, hour24: 20, minute: 30 });
  });
});

describe('the daily recurrence', () => {
  it('repeats every day at the hour and minute', () => {
    expect(dailyRule('21:00')).toBe('FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0;INTERVAL=1');
    expect(dailyRule('20:30')).toBe('FREQ=DAILY;BYHOUR=20;BYMINUTE=30;BYSECOND=0;INTERVAL=1');
  });

  it('starts today when the hour is still ahead in the device zone, else tomorrow', () => {
    // 18:00 UTC is 13:00 in New York and 03:00 the next day in Tokyo.
    const now = new Date('2026-12-31T18:00:00Z');
    expect(firstOccurrence('21:00', now, 'America/New_York')).toBe('2026-12-31T21:00:00.000');
    expect(firstOccurrence('21:00', now, 'Asia/Tokyo')).toBe('2027-01-01T21:00:00.000');
    expect(firstOccurrence('12:00', now, 'America/New_York')).toBe('2027-01-01T12:00:00.000');
  });

  it('makes a request the Reminders API takes: local trigger, zone, daily rule, spoken text', () => {
    const body = dailyReminderRequest({
      time: '21:00',
      timeZone: 'Europe/Berlin',
      locale: 'en-US',
      text: 'Time for your foot massage.',
      now: new Date('2026-06-01T10:00:00Z'),
    });
    expect(body).toEqual({
      requestTime: '2026-06-01T10:00:00.000',
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        scheduledTime: '2026-06-01T21:00:00.000',
        timeZoneId: 'Europe/Berlin',
        recurrence: {
          startDateTime: '2026-06-01T21:00:00.000',
          recurrenceRules: ['FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0;INTERVAL=1'],
        },
      },
      alertInfo: {
        spokenInfo: { content: [{ locale: 'en-US', text: 'Time for your foot massage.' }] },
      },
      pushNotification: { status: 'ENABLED' },
    });
  });

  it('reads the time back from a daily rule, and nothing from any other', () => {
    expect(timeFromDailyRule('FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0;INTERVAL=1')).toBe(
      '21:00',
    );
    expect(timeFromDailyRule('FREQ=DAILY;BYHOUR=7;BYMINUTE=5')).toBe('07:05');
    expect(timeFromDailyRule('FREQ=WEEKLY;BYDAY=MO;BYHOUR=9')).toBeUndefined();
    expect(timeFromDailyRule('FREQ=DAILY;BYHOUR=25')).toBeUndefined();
    expect(timeFromDailyRule(undefined)).toBeUndefined();
  });

  it('dates a day in the device zone when it is known', () => {
    const lateEvening = new Date('2026-12-02T03:30:00Z');
    expect(localDate(lateEvening, 'America/Los_Angeles')).toBe('2026-12-01');
    expect(localDate(lateEvening)).toBe('2026-12-02');
    expect(localDate(lateEvening, 'Not/AZone')).toBe('2026-12-02');
  });
});

describe('the habit around the routine', () => {
  it('counts the routines finished in the seven days ending today', () => {
    const dates = ['2026-11-20', '2026-11-25', '2026-11-26', '2026-11-30', '2026-12-01'];
    expect(completedThisWeek(dates, '2026-12-01')).toBe(4);
    expect(completedThisWeek(dates, '2026-12-09')).toBe(0);
  });

  it('has something glad to say only from the second routine of a week on', () => {
    expect(encouragementCount(['2026-12-01'], '2026-12-01')).toBeUndefined();
    expect(encouragementCount(['2026-11-01', '2026-12-01'], '2026-12-01')).toBeUndefined();
    expect(encouragementCount(['2026-11-28', '2026-12-01'], '2026-12-01')).toBe(2);
    expect(encouragementCount(['2026-12-01', '2026-12-01', '2026-12-01'], '2026-12-01')).toBe(3);
  });

  it('keeps no more dates than "this week" needs', () => {
    let dates: string[] = [];
    for (let day = 1; day <= 30; day++)
      dates = withCompletion(dates, `2026-11-${String(day).padStart(2, '0')}`);
    expect(dates).toHaveLength(MAX_COMPLETED_DATES);
    expect(dates[dates.length - 1]).toBe('2026-11-30');
  });

  it('offers the reminder once, and never after a no or to someone who has one', () => {
    expect(mayOfferReminder({})).toBe(true);
    expect(mayOfferReminder({ reminderOffer: 'made' })).toBe(false);
    expect(mayOfferReminder({ reminderOffer: 'declined' })).toBe(false);
    expect(mayOfferReminder({ reminder: { token: 't', time: '21:00' } })).toBe(false);
  });
});
