// Colours per ng: class, in families: people red, organisations blue and purple, places green.

export const TYPES = [
  { type: 'Person', kind: 'Person', colour: '#d1495b' },
  { type: 'Organization', kind: 'Organization', colour: '#3867b5' },
  { type: 'Company', kind: 'Organization', colour: '#5b9bd5' },
  { type: 'GovernmentBody', kind: 'Organization', colour: '#1d3b70' },
  { type: 'MediaOrganization', kind: 'Organization', colour: '#8e6bbf' },
  { type: 'PoliticalOrganization', kind: 'Organization', colour: '#c27ba0' },
  { type: 'Place', kind: 'Place', colour: '#2e8b57' },
  { type: 'Country', kind: 'Place', colour: '#3aa655' },
  { type: 'City', kind: 'Place', colour: '#9ccc65' },
  { type: 'Region', kind: 'Place', colour: '#00897b' },
];

const BY_TYPE = new Map(TYPES.map((t) => [t.type, t.colour]));

export function colour(type) {
  return BY_TYPE.get(type) || '#8a94a3';
}
