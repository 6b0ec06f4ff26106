import { readFile } from 'node:fs/promises';
import { keepScreenshot, seriousViolations } from './support/console-browser';
import { type ConsoleSystem, consolePages, startConsoleSystem } from './support/console-system';
import type { RunningService } from './support/registered-service';

const UPSTREAMS = ['contacts', 'outreach', 'interviews', 'notifications'] as const;

// The console in a real Chromium, served by the real gateway (its local OpenID provider) in front
// of the services a member's pages read, each started as `./rapport up` starts it: signed out,
// the demo member's Today, Network and Pipeline, and the demo coach.
describe('console in the browser', () => {
  // This run's contact: the services' databases are kept between runs.
  const family = `Hopper ${Date.now().toString(36)}`;
  let system: ConsoleSystem;
  let gateway: RunningService;
  // The harness both browser specs share (support/console-system.ts).
  const { openPage, signedIn, checkAtPhoneWidth } = consolePages(() => system);

  // Five processes started one by one: seconds each on a quiet machine, more while other work
  // shares the two cores.
  beforeAll(async () => {
    system = await startConsoleSystem(UPSTREAMS);
    gateway = system.gateway;
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('offers sign-in to a visitor, accessibly, at desktop and phone width', async () => {
    const page = await openPage();
    await page.goto(`${gateway.url}/today`);
    const signIn = page.getByRole('link', { name: 'Sign in with your institution' });
    await signIn.waitFor();
    expect(await signIn.getAttribute('href')).toBe(
      '/auth/demo-university/sign-in?returnTo=%2Ftoday',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await checkAtPhoneWidth(page, 'sign-in-phone');
    await page.context().close();
  });

  it('signs the demo member in through the OIDC flow, shows Today and signs out', async () => {
    const page = await signedIn('ada', '/today');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const areas = page.getByRole('navigation', { name: 'member areas' });
    expect(await areas.getByRole('link').allTextContents()).toEqual([
      'Today',
      'Network',
      'Pipeline',
      'Compose',
      'Interviews',
      'Settings',
    ]);
    // The reminders answer: empty on a fresh clone, or listing what earlier runs against the same
    // servers left due for Ada (interview events still on the topics). A failed call shows an
    // alert instead: its words make the failure's message.
    await page
      .getByText('Nothing is due.')
      .or(page.getByRole('list', { name: 'Reminders' }))
      .or(page.getByRole('alert'))
      .first()
      .waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await page.getByRole('heading', { name: 'Ready to send' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'today-desktop');
    await checkAtPhoneWidth(page, 'today-phone');
    // The page itself starts in the first screen, right under the navigation.
    const heading = await page.getByRole('heading', { name: 'Today', level: 1 }).boundingBox();
    expect(heading?.y).toBeLessThan(300);
    // Signing out ends the session at the gateway (with the CSRF token), not only on screen.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in with your institution' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/auth/session')).status);
    expect(status).toBe(401);
    await page.context().close();
  });

  it('adds a contact on Network, showing the service’s refusal beside the field first', async () => {
    const page = await signedIn('ada', '/network');
    await page.getByRole('heading', { name: 'Network', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Add a contact' });
    await form.getByLabel('Given name').fill('Grace');
    await form.getByLabel('Family name').fill(family);
    await form.getByLabel('Email').fill('grace-at-navy');
    await form.getByRole('button', { name: 'Add contact' }).click();
    // The contacts service's problem+json, placed beside the field it names.
    await form.getByText('must be an email address').waitFor();
    expect(await form.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByLabel('Email').fill('grace@navy.example');
    await form.getByLabel('Organisation').fill('US Navy');
    await form.getByRole('button', { name: 'Add contact' }).click();
    await page.getByText('Contact added to your network.').waitFor();
    const list = page.getByRole('list', { name: 'Contacts' });
    await list.getByText(`Grace ${family}`).waitFor();
    // The search is the service's: another name finds nothing, this one finds her.
    await page.getByLabel('Search by name, organisation or role').fill('nobody-by-this-name');
    await page.getByText('No contact matches.').waitFor();
    await page.getByLabel('Search by name, organisation or role').fill(family);
    await list.getByText(`Grace ${family}`).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'network-desktop');
    await checkAtPhoneWidth(page, 'network-phone');
    await page.context().close();
  });

  it('imports a CSV through the dry run and draws who introduced whom', async () => {
    const page = await signedIn('ada', '/network');
    const wizard = page.getByRole('region', { name: 'Import contacts' });
    await wizard.waitFor();
    const csv = [
      'First name,Last name,Email,Company',
      `Alan,${family},alan@bletchley.example,Bletchley Park`,
      `Grace,${family},grace@navy.example,US Navy`,
      ',,not-an-email,',
    ].join('\n');
    // The FileTrigger's input, as a person's file picker would fill it.
    await wizard
      .locator('input[type="file"]')
      .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await wizard.getByText('Chosen: people.csv').waitFor();
    // The columns were guessed from the header row; each stays a choice.
    await wizard.getByRole('button', { name: /^First name Given name$/ }).waitFor();
    await wizard.getByRole('button', { name: /^Company Organisation$/ }).waitFor();
    await wizard.getByRole('button', { name: 'Check the file (nothing is added yet)' }).click();
    const table = wizard.getByRole('table', { name: 'What the import will do, row by row' });
    await table.waitFor();
    expect(await table.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual([
      'New: will be added',
      'Duplicate: already in your network',
      'Invalid: will be left out',
    ]);
    await wizard.getByText('3 rows: 1 new, 1 duplicate, 1 invalid.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'import-dry-run-desktop');
    await wizard.getByRole('button', { name: 'Add 1 new contact' }).click();
    await wizard.getByText('Added 1 contact to your network.').waitFor();

    // Grace introduced Alan (recorded through /v1 by the page, as the contact page will).
    const recorded = await page.evaluate(async (familyName) => {
      const session = (await (await fetch('/auth/session')).json()) as { csrfToken: string };
      const found = (await (
        await fetch(`/v1/members/ada/contacts?q=${encodeURIComponent(familyName)}`)
      ).json()) as { items: { contactId: string; givenName: string }[] };
      const id = (name: string) => found.items.find((c) => c.givenName === name)?.contactId;
      const reply = await fetch(`/v1/members/ada/contacts/${id('Alan')}/referral`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ referredByContactId: id('Grace'), mayUseReferrerName: true }),
      });
      return reply.status;
    }, family);
    expect(recorded).toBe(200);
    await page.reload();
    const graph = page.getByRole('region', { name: 'Who introduced whom' });
    await graph
      .getByRole('list', { name: 'Introductions' })
      .getByText(`Grace ${family} introduced you to Alan ${family}`)
      .waitFor();
    // Drawn: both as nodes of the graph, named for assistive technology.
    await graph.locator('.react-flow__node', { hasText: `Alan ${family}` }).waitFor();
    const edge = graph.getByRole('group', { name: `Grace ${family} introduced Alan ${family}` });
    await edge.waitFor({ state: 'attached' });
    expect(await seriousViolations(page)).toEqual([]);
    await graph.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'network-graph-desktop');
    await checkAtPhoneWidth(page);
    await page.context().close();
  });

  it('saves notification settings with quiet hours, and offers the contacts export', async () => {
    const page = await signedIn('ada', '/settings');
    const form = page.getByRole('form', { name: 'Notifications' });
    await form.waitFor();
    await form.getByLabel('Your name in messages').fill('Ada Lovelace');
    await form.getByLabel('Email for reminders').fill('ada@demo-university.example');
    const zone = form.getByRole('combobox', { name: 'Your time zone' });
    await zone.fill('Europe/Lon');
    await page.getByRole('option', { name: 'Europe/London' }).click();
    const quiet = form.getByText('No email during quiet hours');
    if (!(await form.getByLabel('From', { exact: true }).count())) await quiet.click();
    await form.getByLabel('From', { exact: true }).fill('22:00');
    await form.getByLabel('Until', { exact: true }).fill('07:00');
    await form.getByRole('button', { name: 'Save settings' }).click();
    // A refusal shows an alert instead: its words make the failure's message.
    await form.getByText('Settings saved.').or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    // Saved by the notifications service: a fresh page shows them.
    await page.reload();
    await form.getByLabel('From', { exact: true }).waitFor();
    expect(await form.getByLabel('From', { exact: true }).inputValue()).toBe('22:00');
    expect(await zone.inputValue()).toBe('Europe/London');
    const csv = page.getByRole('link', { name: 'Download contacts (CSV)' });
    expect(await csv.getAttribute('href')).toBe('/v1/members/ada/contacts/export?format=csv');
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'settings-desktop');
    await checkAtPhoneWidth(page, 'settings-phone');
    await page.context().close();
  });

  it('marks the guidance’s findings in a request as it is typed, and saves the draft', async () => {
    const page = await signedIn('ada', '/compose');
    await page.getByRole('heading', { name: 'Compose', level: 1 }).waitFor();
    await page.getByRole('button', { name: /To$/ }).click();
    await page.getByRole('option', { name: `Grace ${family}` }).click();
    await page.getByRole('button', { name: /Channel$/ }).click();
    await page.getByRole('option', { name: 'LinkedIn message' }).click();
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.fill('Dear Grace, I enjoyed your talk on compilers. ');
    // Typed key by key, as a person would: the check runs on a pause, not on every key.
    await message.pressSequentially('Could you introduce me to the hiring manager for your team?');
    const marked = page.locator('.guided-mirror mark', {
      hasText: 'introduce me to the hiring manager',
    });
    await marked.waitFor();
    // Typing went on undisturbed: the textarea has every character and still has the focus.
    expect(await message.inputValue()).toMatch(/compilers\. Could you .* your team\?$/);
    expect(await page.evaluate<string | undefined>('document.activeElement?.tagName')).toBe(
      'TEXTAREA',
    );
    // The same finding in words, which the field names as its description for screen readers.
    const findings = page.getByRole('list', { name: 'Guidance findings' });
    const finding = findings.getByRole('listitem').filter({ hasText: 'introduce me to' });
    await finding.getByText(/Why: .*advice, never for a job/).waitFor();
    const describedBy = await message.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/finding/);
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'compose-desktop');
    await checkAtPhoneWidth(page, 'compose-phone');
    // The rewrite replaces the sentence; the mark goes with it once the new text is checked.
    await finding.getByRole('button', { name: 'Apply suggestion' }).click();
    expect(await message.inputValue()).toMatch(/Is there anyone else you think I should talk to/);
    await marked.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save draft for Today' }).click();
    await page.getByText('Draft saved.').waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await page.context().close();
  });

  it('sends a drafted request from Today with one click and shows it on the Pipeline', async () => {
    const page = await signedIn('ada', '/today');
    // A draft written through /v1 by the page itself, with its session and CSRF token, as the
    // compose page will. (A function run in the page: the e2e project has no DOM types, but
    // fetch is global in Node's too.)
    const drafted = await page.evaluate(async (familyName) => {
      const session = (await (await fetch('/auth/session')).json()) as { csrfToken: string };
      const query = encodeURIComponent(familyName);
      const found = (await (await fetch(`/v1/members/ada/contacts?q=${query}`)).json()) as {
        items: { contactId: string }[];
      };
      const reply = await fetch(`/v1/members/ada/outreach/${found.items[0]?.contactId}/draft`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({
          channel: 'linkedin',
          body: 'Dear Grace, could I ask you about compilers?',
        }),
      });
      return `${reply.status} ${await reply.text()}`;
    }, family);
    expect(drafted).toMatch(/^200 /);
    await page.reload();
    const act = page.getByRole('button', { name: `Mark request to Grace ${family} as sent` });
    await act.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await act.click();
    await act.waitFor({ state: 'detached' });

    await page.getByRole('navigation', { name: 'member areas' }).getByText('Pipeline').click();
    await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
    const awaiting = page.getByRole('region', { name: /Awaiting reply/ });
    await awaiting.getByRole('button', { name: new RegExp(`Grace ${family}`) }).click();
    // The timeline comes from the interviews service's consumer of the outreach topic.
    await page.getByText('Healthy: in touch within 8 weeks').waitFor({ timeout: 30_000 });
    await page.getByText('Request sent').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'pipeline-desktop');
    await checkAtPhoneWidth(page, 'pipeline-phone');
    await page.context().close();
  });

  it('signs the demo coach in and shows an assigned member’s progress, read-only', async () => {
    const page = await signedIn('cora', '/caseload');
    await page.getByRole('navigation', { name: 'coach areas' }).waitFor();
    await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Member’s id').fill('ada');
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('heading', { name: 'Progress of ada', level: 1 }).waitFor();
    // Ada's request to this run's Grace, as the member test left it, and no way to change it.
    const awaiting = page.getByRole('region', { name: /Awaiting reply/ });
    await awaiting.getByRole('button', { name: new RegExp(`Grace ${family}`) }).waitFor();
    await page.getByRole('list', { name: 'Contacts' }).getByText(`Grace ${family}`).waitFor();
    expect(await page.getByRole('form', { name: 'Add a contact' }).count()).toBe(0);
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'caseload-member-desktop');
    await page.context().close();
  });

  // Last: completing the conversation moves the relationship on, past what the coach test reads.
  it('schedules a conversation, downloads its invitation, plans it, takes notes and completes it', async () => {
    const page = await signedIn('ada', '/interviews');
    await page.getByRole('heading', { name: 'Interviews', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Schedule a conversation' });
    await form.getByRole('button', { name: /With$/ }).click();
    await page.getByRole('option', { name: `Grace ${family}` }).click();
    // Her address comes from the contact added on Network.
    expect(await form.getByLabel('Their email').inputValue()).toBe('grace@navy.example');
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Day', { exact: true }).fill(inThreeDays);
    await form.getByLabel('Time', { exact: true }).fill('14:30');
    await form.getByLabel('Your name').fill('Ada Lovelace');
    await form.getByLabel('Your email').fill('ada@demo-university.example');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Schedule' }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Interview', exact: true, level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/interviews\/[0-9a-f-]{36}$/);

    // The invitation is the interviews service's iCalendar file, fetched with the session.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the invitation (.ics)' }).click(),
    ]);
    const invitation = await readFile((await download.path()) ?? '', 'utf8');
    expect(invitation).toMatch(/^BEGIN:VCALENDAR/);
    expect(invitation).toContain('grace@navy.example');

    const plan = page.getByRole('region', { name: 'Question plan' });
    await plan.getByRole('button', { name: 'Suggest questions' }).click();
    const questions = plan.getByRole('list', { name: 'Question plan' }).getByRole('checkbox');
    await questions.first().waitFor();
    await plan.getByLabel('Your own question').fill('What surprised you in your first year?');
    await plan.getByRole('button', { name: 'Add question' }).click();
    const own = plan.getByRole('checkbox', { name: /What surprised you in your first year\?/ });
    await own.waitFor();
    // Ticked during the conversation, and kept by the service (the answer redraws it ticked).
    await plan.getByText('What surprised you in your first year?').click();
    await plan.getByRole('checkbox', { name: /What surprised you/, checked: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'interview-desktop');
    await checkAtPhoneWidth(page, 'interview-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    const conversation = page.getByRole('form', { name: 'The conversation' });
    await conversation
      .getByLabel(/^Notes/)
      .fill('Compilers began as a way to let people write math.');
    await conversation.getByLabel(/^Advice you heard/).fill('Learn assembly first');
    await conversation
      .getByLabel('Commitment', { exact: true })
      .fill('Send her the Lovelace notes');
    await conversation.getByLabel('Due', { exact: true }).fill(inThreeDays);
    await conversation.getByRole('button', { name: 'Add commitment' }).click();
    await conversation.getByText('They agreed to connect on LinkedIn').click();
    await conversation.getByLabel('Someone else to talk to').fill('Jean Sammet');
    await conversation.getByRole('button', { name: 'Add person' }).click();
    await conversation.getByRole('button', { name: 'Complete the conversation' }).click();

    const after = page.getByRole('region', { name: 'After the conversation' });
    await after.getByText('Learn assembly first').waitFor();
    await after.getByRole('button', { name: 'Mark kept: Send her the Lovelace notes' }).click();
    await after.getByText('kept', { exact: true }).waitFor();
    await after.getByRole('link', { name: 'Write the thank-you' }).waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'interview-completed-desktop');
    await page.context().close();
  });
});
