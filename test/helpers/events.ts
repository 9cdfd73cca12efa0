import type { TimelineEvent } from '../../src/model/types.js';

/** Five events from 2017 to 2020, one per year or so: the explore and right-to-left suites' data. */
export const FIVE_EVENTS: TimelineEvent[] = [
  { id: 'purge-2017', start: '2017-04-01', title: 'Purge first reported', category: 'report' },
  { id: 'magnitsky', start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction' },
  { id: 'threat', start: '2018-08-23', title: 'Kadyrov threatens defenders', category: 'threat' },
  { id: 'report', start: '2018-12-13', title: 'Moscow Mechanism report', category: 'report' },
  { id: 'designation', start: '2020-07-20', title: 'Section 7031(c) designation', category: 'sanction' },
];
