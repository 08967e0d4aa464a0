// A partner integration's workflow through the AWS SDK for JavaScript v3 against the standalone
// emulator, signatures on. Run by scripts/emulator-clients.sh with the environment the server prints
// (AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION).
// Every response goes through the SDK's deserializers.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as pcs from '@aws-sdk/client-partnercentral-selling';

const endpoint = process.env.AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING;
const Catalog = 'Sandbox';
const client = new pcs.PartnerCentralSellingClient({ endpoint, maxAttempts: 5 });
const call = (operation, input) => client.send(new pcs[`${operation}Command`](input));

async function control(method, route, body) {
  const response = await fetch(`${endpoint}/_emulator/${route}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  assert.equal(response.status, 200, `${method} ${route}: ${JSON.stringify(answer)}`);
  return answer;
}

function opportunityBody(crmId) {
  return {
    Catalog,
    ClientToken: randomUUID(),
    PartnerOpportunityIdentifier: crmId,
    OpportunityType: 'Net New Business',
    PrimaryNeedsFromAws: ['Co-Sell - Technical Consultation'],
    Customer: {
      Account: {
        CompanyName: 'Example Corp', Industry: 'Software and Internet', WebsiteUrl: 'https://example.com',
        Address: { CountryCode: 'US', StateOrRegion: 'Washington', City: 'Seattle', PostalCode: '98101', StreetAddress: '1 Example Way' },
      },
      Contacts: [{ Email: 'buyer@example.com', FirstName: 'Jo', LastName: 'Buyer', BusinessTitle: 'CTO', Phone: '+12065550100' }],
    },
    Project: {
      Title: 'Data lake migration',
      CustomerBusinessProblem: 'Nightly batch jobs miss their window; move the warehouse to AWS.',
      DeliveryModels: ['SaaS or PaaS'],
      ExpectedCustomerSpend: [{ Amount: '5000', CurrencyCode: 'USD', Frequency: 'Monthly', TargetCompany: 'AWS' }],
      SalesActivities: ['Initialized discussions with customer'],
    },
    Marketing: { Source: 'None', AwsFundingUsed: 'No' },
    LifeCycle: { Stage: 'Prospect', TargetCloseDate: '2099-03-31', NextSteps: 'Kick-off workshop' },
  };
}

/** A full-replace UpdateOpportunity of what GetOpportunity returned, LastModifiedDate included. */
function updateFrom(current, changes = {}) {
  const { $metadata, Id, Arn, CreatedDate, RelatedEntityIdentifiers, OpportunityTeam, ...rest } = current;
  return { ...rest, Identifier: Id, ...changes };
}

async function create(crmId) {
  return (await call('CreateOpportunity', opportunityBody(crmId))).Id;
}

/** Polls a List*Tasks operation until the task leaves IN_PROGRESS (the emulator finishes within two reads). */
async function waitFor(listOperation, TaskId) {
  for (let i = 0; i < 20; i++) {
    const [summary] = (await call(listOperation, { Catalog, TaskIdentifier: [TaskId] })).TaskSummaries;
    if (summary && summary.TaskStatus !== 'IN_PROGRESS') {
      return summary;
    }
  }
  assert.fail(`task ${TaskId} never finished`);
}

before(async () => {
  await control('POST', 'reset', {});
});

test('opportunity: create, update with LastModifiedDate, associate, submit, review through the control API', async () => {
  const id = await create('CRM-JS-1');
  const current = await call('GetOpportunity', { Catalog, Identifier: id });
  assert.ok(current.LastModifiedDate instanceof Date);
  const updated = await call('UpdateOpportunity', updateFrom(current, { Project: { ...current.Project, Title: 'Phase 1' } }));
  assert.ok(updated.LastModifiedDate > current.LastModifiedDate);
  await assert.rejects(call('UpdateOpportunity', updateFrom(current)), { name: 'ConflictException' });

  const solution = (await call('ListSolutions', { Catalog })).SolutionSummaries[0].Id;
  await call('AssociateOpportunity', { Catalog, OpportunityIdentifier: id, RelatedEntityType: 'Solutions', RelatedEntityIdentifier: solution });
  await control('POST', 'reviews/next', { status: 'Submitted' });
  await call('SubmitOpportunity', { Catalog, Identifier: id, InvolvementType: 'Co-Sell' });
  const submitted = await call('GetOpportunity', { Catalog, Identifier: id });
  assert.equal(submitted.LifeCycle.ReviewStatus, 'Submitted');
  assert.deepEqual(submitted.RelatedEntityIdentifiers.Solutions, [solution]);
  await control('POST', `reviews/${id}/complete`, { status: 'Approved' });
  assert.equal((await call('GetOpportunity', { Catalog, Identifier: id })).LifeCycle.ReviewStatus, 'Approved');
});

test('Sandbox review moves through UpdateOpportunity once submitted', async () => {
  const id = await create('CRM-JS-2');
  let current = await call('GetOpportunity', { Catalog, Identifier: id });
  await assert.rejects(call('UpdateOpportunity', updateFrom(current, { LifeCycle: { ...current.LifeCycle, ReviewStatus: 'Approved' } })),
    { name: 'ValidationException' });
  await control('POST', 'reviews/next', { status: 'Submitted' });
  await call('SubmitOpportunity', { Catalog, Identifier: id, InvolvementType: 'Co-Sell' });
  for (const status of ['In review', 'Rejected']) {
    current = await call('GetOpportunity', { Catalog, Identifier: id });
    await call('UpdateOpportunity', updateFrom(current, { LifeCycle: { ...current.LifeCycle, ReviewStatus: status } }));
    assert.equal((await call('GetOpportunity', { Catalog, Identifier: id })).LifeCycle.ReviewStatus, status);
  }
});

test('engagement from opportunity, snapshots, jobs with tags, settings', async () => {
  const id = await create('CRM-JS-3');
  const role = await call('PutSellingSystemSettings', { Catalog, ResourceSnapshotJobRoleIdentifier: 'PartnerCentralSnapshots' });
  assert.match(role.ResourceSnapshotJobRoleArn, /:role\/PartnerCentralSnapshots$/);
  assert.equal((await call('GetSellingSystemSettings', { Catalog })).ResourceSnapshotJobRoleArn, role.ResourceSnapshotJobRoleArn);

  const task = await call('StartEngagementFromOpportunityTask', {
    Catalog, ClientToken: randomUUID(), Identifier: id, AwsSubmission: { InvolvementType: 'Co-Sell', Visibility: 'Full' },
  });
  const done = await waitFor('ListEngagementFromOpportunityTasks', task.TaskId);
  assert.equal(done.TaskStatus, 'COMPLETE');
  const EngagementIdentifier = done.EngagementId;
  const target = { Catalog, EngagementIdentifier, ResourceType: 'Opportunity', ResourceIdentifier: id,
    ResourceSnapshotTemplateIdentifier: 'OpportunitySummaryView' };
  const snapshot = await call('CreateResourceSnapshot', { ...target, ClientToken: randomUUID() });
  const read = await call('GetResourceSnapshot', { ...target, Revision: snapshot.Revision });
  assert.ok(read.Payload.OpportunitySummary);

  // The task made a snapshot job for its engagement; a second engagement gets one made here.
  assert.ok(done.ResourceSnapshotJobId);
  const second = (await call('CreateEngagement', {
    Catalog, ClientToken: randomUUID(), Title: 'Joint pursuit', Description: 'Two partners on one customer',
  })).Id;
  const job = await call('CreateResourceSnapshotJob', {
    ...target, EngagementIdentifier: second, ClientToken: randomUUID(), Tags: [{ Key: 'team', Value: 'emea' }],
  });
  assert.deepEqual((await call('ListTagsForResource', { ResourceArn: job.Arn })).Tags, [{ Key: 'team', Value: 'emea' }]);
  await call('StartResourceSnapshotJob', { Catalog, ResourceSnapshotJobIdentifier: job.Id });
  assert.equal((await call('GetResourceSnapshotJob', { Catalog, ResourceSnapshotJobIdentifier: job.Id })).Status, 'Running');
  await call('StopResourceSnapshotJob', { Catalog, ResourceSnapshotJobIdentifier: job.Id });
  await call('DeleteResourceSnapshotJob', { Catalog, ResourceSnapshotJobIdentifier: job.Id });
});

test('referrals: accepted into an opportunity, rejected without payload, expired', async () => {
  const { invitationId: accepted } = await control('POST', 'referrals', { title: 'Order system to managed databases' });
  const { invitationId: rejected } = await control('POST', 'referrals', { title: 'Print shop migration' });
  const { invitationId: expired } = await control('POST', 'referrals', { title: 'Expired referral' });
  await control('POST', `invitations/${expired}/expire`, {});
  const pending = (await call('ListEngagementInvitations', { Catalog, ParticipantType: 'RECEIVER', Status: ['PENDING'] }))
    .EngagementInvitationSummaries.map((i) => i.Id);
  assert.ok(pending.includes(accepted) && !pending.includes(expired));

  const task = await call('StartEngagementByAcceptingInvitationTask', { Catalog, ClientToken: randomUUID(), Identifier: accepted });
  const done = await waitFor('ListEngagementByAcceptingInvitationTasks', task.TaskId);
  assert.equal(done.TaskStatus, 'COMPLETE');
  assert.equal((await call('GetOpportunity', { Catalog, Identifier: done.OpportunityId })).Project.Title, 'Order system to managed databases');

  await call('RejectEngagementInvitation', { Catalog, Identifier: rejected, RejectionReason: 'Customer problem unclear' });
  const after = await call('GetEngagementInvitation', { Catalog, Identifier: rejected });
  assert.equal(after.Status, 'REJECTED');
  assert.equal(after.Payload, undefined);
});

test('lead: context update round-trips ModifiedAt at millisecond precision, then prospecting', async () => {
  const { invitationId } = await control('POST', 'leads', { title: 'Shop on ageing servers' });
  await call('AcceptEngagementInvitation', { Catalog, Identifier: invitationId });
  const EngagementIdentifier = (await call('GetEngagementInvitation', { Catalog, Identifier: invitationId })).EngagementId;
  const engagement = await call('GetEngagement', { Catalog, Identifier: EngagementIdentifier });
  const context = engagement.Contexts[0];
  const Customer = { CompanyName: context.Payload.Lead.Customer.CompanyName };
  const update = (status) => call('UpdateEngagementContext', {
    Catalog, EngagementIdentifier, ContextIdentifier: context.Id, EngagementLastModifiedAt: engagement.ModifiedAt,
    Type: 'Lead', Payload: { Lead: { QualificationStatus: status, Customer } },
  });
  const updated = await update('Qualified');
  assert.ok(updated.EngagementLastModifiedAt > engagement.ModifiedAt);
  await assert.rejects(update('Disqualified'), { name: 'ConflictException' });

  const task = await call('StartOpportunityFromEngagementTask', {
    Catalog, ClientToken: randomUUID(), Identifier: EngagementIdentifier, ContextIdentifier: context.Id,
  });
  assert.equal((await waitFor('ListOpportunityFromEngagementTasks', task.TaskId)).TaskStatus, 'COMPLETE');

  const prospecting = await call('StartProspectingFromEngagementTask', {
    Catalog, ClientToken: randomUUID(), Identifiers: [EngagementIdentifier], TaskName: 'Enrich',
  });
  let got;
  for (let i = 0; i < 20 && !got?.EndTime; i++) {
    got = await call('GetProspectingFromEngagementTask', { Catalog, TaskIdentifier: prospecting.TaskId });
  }
  assert.ok(got.EndTime instanceof Date);
});

test('tags: empty list when untagged, ResourceNotFound for an unknown ARN', async () => {
  const id = await create('CRM-JS-4');
  const { Arn } = await call('GetOpportunity', { Catalog, Identifier: id });
  assert.deepEqual((await call('ListTagsForResource', { ResourceArn: Arn })).Tags, []);
  await call('TagResource', { ResourceArn: Arn, Tags: [{ Key: 'sync', Value: 'crm' }] });
  assert.deepEqual((await call('ListTagsForResource', { ResourceArn: Arn })).Tags, [{ Key: 'sync', Value: 'crm' }]);
  await call('UntagResource', { ResourceArn: Arn, TagKeys: ['sync'] });
  await assert.rejects(call('TagResource', { ResourceArn: Arn.replace(/O\d+$/, 'O9999999999'), Tags: [{ Key: 'k', Value: 'v' }] }),
    { name: 'ResourceNotFoundException' });
});

test('signature date checked against the server clock; injected throttling retried', async () => {
  const skewed = new pcs.PartnerCentralSellingClient({ endpoint, maxAttempts: 1, systemClockOffset: -20 * 60 * 1000 });
  await assert.rejects(skewed.send(new pcs.ListSolutionsCommand({ Catalog })), { name: 'InvalidSignatureException' });

  await control('POST', 'faults', { failNext: 2, kinds: ['THROTTLING'], operations: ['ListSolutions'] });
  assert.ok((await call('ListSolutions', { Catalog })).SolutionSummaries.length > 0);
  assert.equal((await control('GET', 'faults')).injected.length, 2);
});
