import type { Caller, ContactsTestApp } from '../services/contacts/src/testing/contacts-test-app';

/**
 * A LinkedIn Connections.csv generator and the two import requests, shared by the contacts
 * benches (the import itself, and the seeding of the listing measurement).
 */

/** Every this many rows, an earlier row again: the duplicates the dry run must find. */
export const REPEAT_EVERY = 500;

export const GIVEN =
  'Ada José Zoë Søren Łukasz Chloé Jürgen Siobhán Amélie Mohammed Wei Priya Olga Kwame Ana-María François Núria Björn Aoife Mateus Yuki Fatima Grace Alan Katherine Dorothy Emmy Sofia Hermann Ines Tomás Małgorzata Ngozi Arjun Leila Pierre Hana Rui Elif Oskar'.split(
    ' ',
  );
export const FAMILY =
  "Lovelace Müller García-Márquez O'Brien Nowak Ørsted Dvořák Nguyễn Kowalczyk Papadopoulos Smith Johansson van-der-Berg Ó-Súilleabháin Rossi Yılmaz Schäfer Chen Okafor Fernández Hopper Turing Johnson Vaughan Noether Kovalevskaya Weyl Costa Mendes Singh Haddad Dubois Tanaka Silva Demir Lindqvist Brown Wójcik Adeyemi Ivanova"
    .split(' ')
    .map((name) => name.replace(/-/g, ' '));
export const COMPANIES = [
  'Acme, Inc.',
  'Globex',
  'Initech',
  'Umbrella Corp',
  'Société Générale',
  'Siemens AG',
  'Universidad de Sevilla',
  'NHS England',
  'Zalando SE',
  'Deloitte',
  'Stripe',
  'Novo Nordisk',
  'Banco Santander',
  'Spotify',
  'Wellcome Trust',
  'ETH Zürich',
  'Doctors Without Borders',
  'McKinsey & Company',
  'Shopify',
  'Bosch',
  'Infosys',
  'Mercado Libre',
  'Rakuten',
  'Ørsted A/S',
  'University of Cape Town',
  'Airbus',
  'The Guardian',
  'UNICEF',
  'Datadog',
  '',
];
export const POSITIONS = [
  'Software Engineer',
  'Product Manager, Payments',
  'Data Scientist',
  'Consultant',
  'Research Fellow',
  'Head of Talent',
  'Senior Associate',
  'Analyst',
  'Policy Adviser',
  'Engineering Manager',
  'Founder & CEO',
  'PhD Candidate',
  'Nurse Practitioner',
  '"Chief" of Staff',
  'Teaching Assistant',
  'Recruiter',
  'Designer (UX, UI)',
  'Intern',
  '',
];
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** A small deterministic generator, so every run imports the very same file. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ascii = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
const csvCell = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * Connections.csv as LinkedIn writes it: notes, a blank line, the header, then one row per
 * connection. Name and company come from a permutation of all combinations, so no two people
 * share name and company by accident; ~70% have an email, as members' exports do.
 */
export function connectionsCsv(rows: number): string {
  const random = mulberry32(2024);
  const combinations = GIVEN.length * FAMILY.length * COMPANIES.length;
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  const people: string[] = [];
  for (let i = 0; i < rows; i++) {
    if (i > 0 && i % REPEAT_EVERY === 0) {
      people.push(people[Math.floor(random() * people.length)] ?? '');
      continue;
    }
    const pick = (i * 7919) % combinations; // 7919 is prime, so i → pick is one-to-one
    const given = GIVEN[pick % GIVEN.length] ?? '';
    const family = FAMILY[Math.floor(pick / GIVEN.length) % FAMILY.length] ?? '';
    const company = COMPANIES[Math.floor(pick / (GIVEN.length * FAMILY.length))] ?? '';
    const handle = `${ascii(given)}-${ascii(family)}-${i.toString(36)}`;
    const email =
      random() < 0.7 ? `${ascii(given)}.${ascii(family)}.${i.toString(36)}@mail.example` : '';
    const position = POSITIONS[Math.floor(random() * POSITIONS.length)] ?? '';
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const connected = `${day} ${MONTHS[Math.floor(random() * 12)]} ${2010 + Math.floor(random() * 16)}`;
    const cells = [
      given,
      family,
      `https://www.linkedin.com/in/${handle}`,
      email,
      company,
      position,
      connected,
    ];
    people.push(cells.map(csvCell).join(','));
  }
  return [...lines, ...people].join('\r\n') + '\r\n';
}

export interface ImportView {
  importId: string;
  summary: { rows: number; new: number; duplicate: number; invalid: number };
  result: { added: number; duplicateSinceDryRun: number } | null;
}

export async function importFile(
  service: ContactsTestApp,
  member: Caller,
  file: string,
): Promise<ImportView> {
  const reply = await service
    .as(member)
    .send('POST', `/members/${member.id}/contact-imports?format=linkedin`, {
      body: file,
      contentType: 'text/csv',
    });
  if (reply.status !== 201)
    throw new Error(`dry run answered ${reply.status}: ${reply.body.slice(0, 500)}`);
  return reply.json<ImportView>();
}

export async function commitImport(
  service: ContactsTestApp,
  member: Caller,
  importId: string,
): Promise<ImportView> {
  const reply = await service
    .as(member)
    .send('POST', `/members/${member.id}/contact-imports/${importId}/commit`);
  if (reply.status !== 200)
    throw new Error(`commit answered ${reply.status}: ${reply.body.slice(0, 500)}`);
  return reply.json<ImportView>();
}
