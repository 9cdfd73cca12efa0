// The third way in: hand the element an array. Precision is part of the data: "2017" is a year.
const timeline = document.querySelector('#property-timeline');
timeline.categories = {
  sanction: { label: 'Sanction', color: '#b42318' },
  statement: { label: 'Statement' },
};
timeline.events = [
  { start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction' },
  { start: '2020-07-20', title: 'Section 7031(c) designation', category: 'sanction' },
  { start: '2020-07-20', title: '“Pompeo, we accept the fight!”', category: 'statement' },
  { start: '2019', title: 'A year known only to the year', category: 'statement' },
];
