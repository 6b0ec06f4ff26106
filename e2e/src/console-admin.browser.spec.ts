import { Kafka, logLevel } from 'kafkajs';
import type { Page } from 'playwright-core';
import { ensureTopics, publishDeadLetter } from '@rapport/messaging';
import { commitGroupOffsets, testServers } from '@rapport/testing';
import { keepScreenshot, seriousViolations } from './support/console-browser';
import { type ConsoleSystem, consolePages, startConsoleSystem } from './support/console-system';

// The console's coach, admin and operator areas in a real Chromium, signed in through the
// gateway's own OpenID provider as the demo admin (dev), coach (cora) and operator (olga), on the
// live /v1 API: the gateway's admin routes and the services a caseload reads.
describe('console staff areas in the browser', () => {
  // This run's member and names: the gateway's and services' databases are kept between runs.
  const run = Date.now().toString(36);
  const memberId = `m-${run}`;
  let system: ConsoleSystem;
  const { signedIn, checkAtPhoneWidth } = consolePages(() => system);

  beforeAll(async () => {
    system = await startConsoleSystem(['contacts', 'outreach', 'interviews', 'notifications']);
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  async function accessibleAtBothWidths(page: Page, name: string): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, `${name}-desktop`);
    await checkAtPhoneWidth(page, `${name}-phone`);
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  async function openArea(page: Page, role: string, label: string): Promise<void> {
    await page
      .getByRole('navigation', { name: `${role} areas` })
      .getByText(label)
      .click();
    await page.getByRole('heading', { name: label, level: 1 }).waitFor();
  }

  it('lets the admin change the policy under If-Match, with refusals beside their fields', async () => {
    const page = await signedIn('dev', '/admin/policies');
    await page.getByRole('heading', { name: 'Policies', level: 1 }).waitFor();
    const areas = page.getByRole('navigation', { name: 'admin areas' });
    expect(await areas.getByRole('link').allTextContents()).toEqual([
      'Policies',
      'People',
      'Partner apps',
      'Sign-in',
      'Audit log',
      'Funnel',
    ]);
    const form = page.getByRole('form', { name: /^Policy \(version \d+\)$/ });
    await form.waitFor();
    const maxWords = form.getByLabel('Request at most (words)');
    const kept = await maxWords.inputValue();
    // The gateway's problem+json names the field; the page puts its words beside it.
    await maxWords.fill('5000');
    await form.getByRole('button', { name: 'Save policy' }).click();
    await form.getByText('must be a whole number from 1 to 1000').waitFor();
    expect(await maxWords.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    // Saved with the value it had: other specs' relationships keep the demo institution's policy.
    await maxWords.fill(kept);
    await form.getByRole('button', { name: 'Save policy' }).click();
    const saved = await page.getByText(/^Policy saved as version (\d+)\.$/).textContent();
    const version = Number(/(\d+)/.exec(saved ?? '')?.[1]);

    // Another admin saves a change first (through /v1, with the version they read); this page's
    // copy is then stale: the gateway's 412 becomes a way to load the latest.
    const suggested = form.getByLabel('Suggested call (minutes)');
    const minutes = Number(await suggested.inputValue());
    const other = await page.evaluate(async (changed) => {
      const session = (await (await fetch('/auth/session')).json()) as { csrfToken: string };
      const read = await fetch('/v1/admin/policy');
      const { policy } = (await read.json()) as { policy: { guidance: Record<string, number> } };
      policy.guidance['suggestedMinutes'] = changed;
      const reply = await fetch('/v1/admin/policy', {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': session.csrfToken,
          'if-match': read.headers.get('etag') ?? '',
        },
        body: JSON.stringify({ policy, urgent: false }),
      });
      return reply.status;
    }, minutes + 5);
    expect(other).toBe(200);
    await form.getByRole('button', { name: 'Save policy' }).click();
    await page.getByText('Another admin changed the policy since you opened it.').waitFor();
    await page.getByRole('button', { name: 'Load the latest policy' }).click();
    const latest = page.getByRole('form', { name: `Policy (version ${version + 1})` });
    await latest.waitFor();
    expect(await latest.getByLabel('Suggested call (minutes)').inputValue()).toBe(
      String(minutes + 5),
    );
    // Put back as it was: every spec's services read the demo institution's policy.
    await latest.getByLabel('Suggested call (minutes)').fill(String(minutes));
    await latest.getByRole('button', { name: 'Save policy' }).click();
    await page.getByText(`Policy saved as version ${version + 2}.`).waitFor();
    await accessibleAtBothWidths(page, 'admin-policies');
    await page.context().close();
  });

  it('lets the admin enrol a member and assign them to the demo coach', async () => {
    const page = await signedIn('dev', '/admin/people');
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    const enrol = page.getByRole('form', { name: 'Enrol a person' });
    await enrol.getByLabel(/^Sign-in id/).fill(memberId);
    await enrol.getByLabel(/^Name/).fill(`Member ${run}`);
    await enrol.getByLabel(/^Email/).fill('not-an-address');
    await enrol.getByRole('button', { name: 'Enrol' }).click();
    await enrol.getByText('must be an email address').waitFor();
    await enrol.getByLabel(/^Email/).fill(`${memberId}@demo-university.test`);
    await enrol.getByRole('button', { name: 'Enrol' }).click();
    await page.getByText(`Member ${run} is enrolled.`).waitFor();
    await page.getByRole('row', { name: new RegExp(`Member ${run}`) }).waitFor();

    await page.getByRole('button', { name: 'Manage Cora Diaz' }).click();
    await page.getByRole('heading', { name: 'Cora Diaz', level: 2 }).waitFor();
    await page.getByRole('button', { name: /Member to assign/ }).click();
    await page.getByRole('option', { name: `Member ${run} (${memberId})` }).click();
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    const assigned = page.getByRole('list', { name: 'Members assigned to Cora Diaz' });
    await assigned.getByText(memberId, { exact: true }).waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await accessibleAtBothWidths(page, 'admin-people');
    await page.context().close();
  });

  it('registers a partner app with its secret shown once, and a webhook with its log', async () => {
    const page = await signedIn('dev', '/admin/partner-apps');
    const register = page.getByRole('form', { name: 'Register a partner app' });
    await register.waitFor();
    await register.getByLabel(/^App name/).fill(`Careers board ${run}`);
    await register.getByText('events:subscribe').click();
    await register.getByRole('button', { name: 'Register app' }).click();
    const secret = page.getByLabel(/^Client secret of Careers board/);
    await secret.waitFor();
    expect((await secret.textContent())?.length).toBeGreaterThan(20);

    const hook = page.getByRole('form', { name: 'Add a webhook' });
    await hook.getByLabel(/^Name/).fill(`hook-${run}`);
    await hook.getByLabel(/^Receiver URL/).fill('ftp://example.test/hooks');
    await hook.getByText('outreach.sent', { exact: true }).click();
    await hook.getByRole('button', { name: 'Add webhook' }).click();
    await hook.getByText(/must be an https URL/).waitFor();
    await hook.getByLabel(/^Receiver URL/).fill('http://127.0.0.1:9/hooks');
    await hook.getByRole('button', { name: 'Add webhook' }).click();
    await page.getByLabel(`Signing secret of hook-${run}`).waitFor();
    const hooks = page.getByRole('list', { name: /^Webhooks of / });
    await hooks.getByText(`hook-${run}`).waitFor();
    await hooks.getByRole('button', { name: 'Delivery log' }).click();
    await page.getByText('Nothing delivered yet').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'admin-partner-apps-desktop');
    await checkAtPhoneWidth(page, 'admin-partner-apps-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The list holds every app of the institution (earlier runs' too): act on this run's row.
    const row = page.getByRole('listitem', { name: `Careers board ${run}` });
    await row.getByRole('button', { name: 'Rotate secret' }).click();
    await page.getByLabel(/^New client secret of /).waitFor();
    await row.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText(`Careers board ${run} is revoked`).waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await page.context().close();
  });

  it('shows the admin the audit log of those changes and the funnel with its table', async () => {
    const page = await signedIn('dev', '/admin/audit');
    const log = page.getByRole('table', { name: /^Changes on / });
    await log.waitFor();
    for (const action of ['policy.replaced', 'person.enrolled', 'coach.assigned']) {
      await log.getByRole('rowheader', { name: action }).first().waitFor();
    }
    // The refused save is on record too, with its status.
    await log.getByText('refused (400)').first().waitFor();
    await accessibleAtBothWidths(page, 'admin-audit');

    await openArea(page, 'admin', 'Funnel');
    const chart = page.getByRole('img', { name: /^From request to response\. / });
    await chart.waitFor();
    await page.getByRole('rowheader', { name: 'Requests sent' }).waitFor();
    await accessibleAtBothWidths(page, 'admin-funnel');
    await page.context().close();
  });

  it('lists the partner apps with their scopes and state, and revokes one from the list', async () => {
    const page = await signedIn('dev', '/admin/partner-apps');
    // Registered by another admin meanwhile (through /v1): the list shows it once reloaded.
    const status = await page.evaluate(async (name) => {
      const session = (await (await fetch('/auth/session')).json()) as { csrfToken: string };
      const reply = await fetch('/v1/admin/partner-clients', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ name, scopes: ['contacts:read', 'relationships:read'] }),
      });
      return reply.status;
    }, `Alumni app ${run}`);
    expect(status).toBe(201);
    await page.reload();
    const apps = page.getByRole('list', { name: 'Partner apps' });
    const alumni = apps.getByRole('listitem', { name: `Alumni app ${run}` });
    await alumni.getByText('Scopes: contacts:read, relationships:read').waitFor();
    await alumni.getByText('Active', { exact: true }).waitFor();
    // The app the test above rotated and revoked keeps its history, with no actions left.
    const careers = apps.getByRole('listitem', { name: `Careers board ${run}` });
    await careers.getByText(/secret rotated .* · revoked /).waitFor();
    expect(await careers.getByRole('button').count()).toBe(0);
    await alumni.getByRole('button', { name: 'Revoke' }).click();
    await alumni.getByText('Revoked', { exact: true }).waitFor();
    expect(await alumni.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await accessibleAtBothWidths(page, 'admin-partner-app-list');
    await page.context().close();
  });

  it('edits the sign-in settings: refusals beside their fields, an origin fixed and saved', async () => {
    const page = await signedIn('dev', '/admin/sign-in');
    const provider = page.getByRole('form', { name: 'Identity provider' });
    await provider.waitFor();
    await provider.getByText(/^Client secret \((none set yet|one is set)/).waitFor();
    // Refused by field, never saved: a saved provider would replace the demo institution's
    // embedded sign-in for every later spec and run (their databases are kept).
    await provider.getByLabel('Issuer URL').fill('http://idp.example.edu');
    await provider.getByRole('button', { name: 'Add a claim value' }).click();
    await provider.getByLabel('Claim value 1').fill('students');
    await provider.getByRole('button', { name: 'Save identity provider' }).click();
    await provider.getByText(/^must be https/).waitFor();
    expect(await provider.getByLabel('Issuer URL').getAttribute('aria-invalid')).toBe('true');

    const cors = page.getByRole('form', { name: 'Web origins allowed to call the API' });
    const kept = await cors.getByLabel(/^Origin \d+$/).count();
    await cors.getByRole('button', { name: 'Add an origin' }).click();
    const added = cors.getByLabel(`Origin ${kept + 1}`, { exact: true });
    await added.fill(`https://careers-${run}.example.edu/jobs`);
    await cors.getByRole('button', { name: 'Save origins' }).click();
    await cors.getByText(/^must be an origin as browsers send it/).waitFor();
    expect(await added.getAttribute('aria-invalid')).toBe('true');
    await added.fill(`https://careers-${run}.example.edu`);
    await cors.getByRole('button', { name: 'Save origins' }).click();
    const saved = page.getByRole('form', { name: 'Web origins allowed to call the API' });
    await saved.getByText(/^Origins saved as version \d+\.$/).waitFor();
    expect(await saved.getByLabel(`Origin ${kept + 1}`, { exact: true }).inputValue()).toBe(
      `https://careers-${run}.example.edu`,
    );
    await page.getByRole('heading', { name: 'Rate plan' }).waitFor();
    await page.getByText('Requests per minute, each person').waitFor();
    await accessibleAtBothWidths(page, 'admin-sign-in');
    // Put back as it was: the list holds at most 20 origins, and runs keep their databases.
    await saved.getByRole('button', { name: `Remove origin ${kept + 1}` }).click();
    await saved.getByRole('button', { name: 'Save origins' }).click();
    await page.getByText(/^Origins saved as version \d+\.$/).waitFor();
    expect(await page.getByLabel(/^Origin \d+$/).count()).toBe(kept);
    await page.context().close();
  });

  it('shows the admin the funnel week by week, drawn and as a table', async () => {
    const page = await signedIn('dev', '/admin/funnel');
    await page.getByRole('img', { name: /^Requests and responses by week\. 13 weeks / }).waitFor();
    const table = page.getByRole('table', { name: 'Requests and responses by week as a table' });
    // A header row and one row per week.
    expect(await table.getByRole('row').count()).toBe(14);
    await page.getByRole('button', { name: 'Last 26 weeks' }).click();
    await page.getByRole('img', { name: /^Requests and responses by week\. 26 weeks / }).waitFor();
    expect(await table.getByRole('row').count()).toBe(27);
    await accessibleAtBothWidths(page, 'admin-funnel-weeks');
    await page.context().close();
  });

  it('shows the coach where an assigned member stands, and nothing of others', async () => {
    const page = await signedIn('cora', '/caseload');
    await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
    await page.getByLabel('Member’s id').fill(memberId);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('heading', { name: `Progress of ${memberId}`, level: 1 }).waitFor();
    // A new member: enrolled and assigned by the admin test, with nothing sent yet.
    const stuck = page.getByRole('list', { name: `Why ${memberId} may be stuck` });
    await stuck.getByText('Has not sent a request yet').waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await accessibleAtBothWidths(page, 'caseload-standing');

    // Back on the caseload (the gateway's list of her assigned members), the member is listed with
    // the same reason; the funnel is theirs.
    await openArea(page, 'coach', 'Caseload');
    const members = page.getByRole('list', { name: 'Your members' });
    await members.getByRole('link', { name: memberId }).waitFor();
    await members
      .getByRole('list', { name: `Why ${memberId} may be stuck` })
      .getByText('Has not sent a request yet')
      .waitFor();
    await page.getByRole('img', { name: /^From request to response\. / }).waitFor();
    await accessibleAtBothWidths(page, 'caseload');

    // Ben is not assigned to Cora: the services refuse, and the page says what to do.
    await page.getByLabel('Member’s id').fill('ben');
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByText('This is not yours to see.').first().waitFor();
    // The admin's pages are not the coach's, in the console and at the gateway alike.
    await page.goto(`${system.gateway.url}/admin/people`);
    await page.getByRole('heading', { name: 'Not available', level: 1 }).waitFor();
    const people = await page.evaluate(async () => (await fetch('/v1/admin/people')).status);
    expect(people).toBe(403);
    await page.context().close();
  });

  it('shows the operator the health the gateway sees, the mail log and what is missing', async () => {
    const page = await signedIn('olga', '/operations/health');
    const health = page.getByRole('table', { name: 'What the gateway reaches' });
    await health.getByRole('row', { name: /Database .* Up/ }).waitFor();
    await health.getByRole('row', { name: /Kafka Up/ }).waitFor();
    await page.getByRole('table', { name: 'Services and workers' }).waitFor();
    await accessibleAtBothWidths(page, 'operator-health');

    await openArea(page, 'operator', 'Mail log');
    await page
      .getByRole('table', { name: /most recent notifications$/ })
      .or(page.getByText(/^No mail yet/))
      .first()
      .waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await accessibleAtBothWidths(page, 'operator-mail');

    await openArea(page, 'operator', 'Audit log');
    await page.getByRole('table', { name: /^Changes on / }).waitFor();
    await page.context().close();
  });

  it('shows the operator every service’s health and the lag, and replays a dead letter once', async () => {
    // A letter parked through the library's own publisher, for a message of this run's topic,
    // and a group that committed that topic's start: one message behind.
    const kafka = new Kafka({ brokers: testServers().kafkaBrokers, logLevel: logLevel.NOTHING });
    const topic = `e2e.console-ops.${run}`;
    const group = `console-ops-${run}`;
    await ensureTopics(kafka, [topic], 1);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    const admin = kafka.admin();
    await Promise.all([producer.connect(), admin.connect()]);
    try {
      const [sent] = await producer.send({
        topic,
        messages: [{ key: 'k', value: 'not an event' }],
      });
      const offset = sent?.baseOffset ?? '0';
      await commitGroupOffsets(kafka, group, topic, [{ partition: 0, offset: '0' }]);
      await publishDeadLetter(
        producer,
        group,
        {
          topic,
          partition: 0,
          message: {
            key: Buffer.from('k'),
            value: Buffer.from('not an event'),
            offset,
            timestamp: '0',
            attributes: 0,
            headers: {},
          },
          headers: {},
        },
        'undecodable_envelope',
        'InvalidPayloadError: not an envelope',
        1,
      );

      const page = await signedIn('olga', '/operations/health');
      const services = page.getByRole('table', { name: 'Services and workers' });
      for (const name of ['gateway', 'contacts', 'outreach', 'interviews', 'notifications']) {
        await services.getByRole('row', { name: new RegExp(`^${name} \\w+ Up`) }).waitFor();
      }
      // Not started for this spec: listed all the same, in words.
      await services.getByRole('row', { name: /^exploration Service Not answering/ }).waitFor();
      await page
        .getByRole('table', { name: /what the gateway reaches/ })
        .getByRole('row', { name: /Temporal Up/ })
        .waitFor();

      await openArea(page, 'operator', 'Consumer lag');
      await page.getByRole('table', { name: /^Lag per consumer group/ }).waitFor();
      await page.getByLabel('Groups starting with').fill(group);
      await page.getByRole('button', { name: 'Show' }).click();
      await page
        .getByRole('table', { name: /^Lag per consumer group/ })
        .getByRole('row', { name: new RegExp(`^${group} ${topic.replace(/\./g, '\\.')} Empty 1 `) })
        .waitFor();
      await accessibleAtBothWidths(page, 'operator-consumer-lag');

      await openArea(page, 'operator', 'Dead letters');
      await page.getByLabel('Consumer group').fill(group);
      await page.getByRole('button', { name: 'Show' }).click();
      const letters = page.getByRole('table', { name: 'Dead letters, oldest first' });
      await letters.getByRole('row', { name: /undecodable_envelope after 1 tries/ }).waitFor();
      expect(await letters.getByRole('row').count()).toBe(2);
      await accessibleAtBothWidths(page, 'operator-dead-letters');
      await letters.getByRole('button', { name: /^Replay \d+:\d+$/ }).click();
      await letters.getByText(`to ${topic}`).waitFor();
      await letters.getByRole('button', { name: /^Replay again / }).click();
      await letters.getByRole('button', { name: /^Replay again / }).waitFor();
      expect(await page.getByRole('alert').allTextContents()).toEqual([]);
      // The replay reached the topic once, the second press sent nothing.
      const [end] = await admin.fetchTopicOffsets(topic);
      expect(end?.high).toBe('2');
      await page.context().close();
    } finally {
      await admin.deleteGroups([group]).catch(() => undefined);
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await Promise.allSettled([producer.disconnect(), admin.disconnect()]);
    }
  });

  it('shows the operator the relationship workflows by stage, and rebuilds a read model to its end', async () => {
    const page = await signedIn('olga', '/operations/workflows');
    const stages = page.getByRole('table', {
      name: 'Running relationships per stage of every institution',
    });
    await stages.getByRole('row', { name: /^Awaiting a reply \d+$/ }).waitFor();
    // A header row and the ten stages, each counted by Temporal's visibility.
    expect(await stages.getByRole('row').count()).toBe(11);
    await page
      .getByRole('table', { name: 'Runs that ended badly, latest first' })
      .or(page.getByText(/has failed, timed out or been terminated\.$/))
      .first()
      .waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await accessibleAtBothWidths(page, 'operator-workflows');

    await openArea(page, 'operator', 'Projections');
    await page.getByRole('button', { name: 'Rebuild contacts referral_graph' }).click();
    await page.getByText(/^Rebuilt: \d+ events read, \d+ documents written\./).waitFor();
    await page.getByRole('button', { name: 'Rebuild contacts referral_graph' }).waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await accessibleAtBothWidths(page, 'operator-projections');
    await page.context().close();
  });
});
