"""A partner integration's workflow through boto3 against the standalone emulator, signatures on.

Run by scripts/emulator-clients.sh with the environment the server prints
(AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION).
Every call goes through botocore, which parses each response against the model it ships with.
"""
import datetime
import json
import os
import unittest
import unittest.mock
import urllib.error
import urllib.request
import uuid

import boto3
import botocore.config
import botocore.exceptions

ENDPOINT = os.environ["AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING"]
CATALOG = "Sandbox"


def control(method, route, body=None):
    """One control API call; returns the JSON answer, raising on a non-2xx status."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(ENDPOINT + "/_emulator/" + route, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def new_client():
    return boto3.client("partnercentral-selling", config=botocore.config.Config(
        retries={"mode": "standard", "max_attempts": 5}, connect_timeout=5, read_timeout=15))


def opportunity_body(crm_id):
    return {
        "Catalog": CATALOG,
        "ClientToken": str(uuid.uuid4()),
        "PartnerOpportunityIdentifier": crm_id,
        "OpportunityType": "Net New Business",
        "PrimaryNeedsFromAws": ["Co-Sell - Technical Consultation"],
        "Customer": {
            "Account": {
                "CompanyName": "Example Corp", "Industry": "Software and Internet", "WebsiteUrl": "https://example.com",
                "Address": {"CountryCode": "US", "StateOrRegion": "Washington", "City": "Seattle",
                            "PostalCode": "98101", "StreetAddress": "1 Example Way"},
            },
            "Contacts": [{"Email": "buyer@example.com", "FirstName": "Jo", "LastName": "Buyer",
                          "BusinessTitle": "CTO", "Phone": "+12065550100"}],
        },
        "Project": {
            "Title": "Data lake migration",
            "CustomerBusinessProblem": "Nightly batch jobs miss their window; move the warehouse to AWS.",
            "DeliveryModels": ["SaaS or PaaS"],
            "ExpectedCustomerSpend": [{"Amount": "5000", "CurrencyCode": "USD", "Frequency": "Monthly",
                                       "TargetCompany": "AWS"}],
            "SalesActivities": ["Initialized discussions with customer"],
        },
        "Marketing": {"Source": "None", "AwsFundingUsed": "No"},
        "LifeCycle": {"Stage": "Prospect", "TargetCloseDate": "2099-03-31", "NextSteps": "Kick-off workshop"},
    }


def update_from(current, **changes):
    """A full-replace UpdateOpportunity of what GetOpportunity returned, LastModifiedDate included."""
    body = {k: v for k, v in current.items()
            if k not in ("ResponseMetadata", "Id", "Arn", "CreatedDate", "RelatedEntityIdentifiers", "OpportunityTeam")}
    body["Identifier"] = current["Id"]
    body.update(changes)
    return body


class WorkflowTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        control("POST", "reset", {})
        cls.pc = new_client()

    def wait_for(self, list_call, task_id, **kwargs):
        """Polls a List*Tasks call until the task leaves IN_PROGRESS (the emulator finishes within two reads)."""
        for _ in range(20):
            summaries = list_call(Catalog=CATALOG, TaskIdentifier=[task_id], **kwargs)["TaskSummaries"]
            if summaries and summaries[0]["TaskStatus"] != "IN_PROGRESS":
                return summaries[0]
        self.fail("task %s never finished" % task_id)

    def create(self, crm_id):
        return self.pc.create_opportunity(**opportunity_body(crm_id))["Id"]

    def test_opportunity_create_update_associate_submit_and_review(self):
        pc = self.pc
        opportunity_id = self.create("CRM-PY-1")
        current = pc.get_opportunity(Catalog=CATALOG, Identifier=opportunity_id)
        self.assertIsInstance(current["LastModifiedDate"], datetime.datetime)

        project = dict(current["Project"], Title="Data lake migration, phase 1")
        updated = pc.update_opportunity(**update_from(current, Project=project))
        self.assertGreater(updated["LastModifiedDate"], current["LastModifiedDate"])
        # The LastModifiedDate read before that update is stale now.
        with self.assertRaises(pc.exceptions.ConflictException):
            pc.update_opportunity(**update_from(current))

        solution = pc.list_solutions(Catalog=CATALOG)["SolutionSummaries"][0]["Id"]
        pc.associate_opportunity(Catalog=CATALOG, OpportunityIdentifier=opportunity_id,
                                 RelatedEntityType="Solutions", RelatedEntityIdentifier=solution)
        control("POST", "reviews/next", {"status": "Submitted"})
        pc.submit_opportunity(Catalog=CATALOG, Identifier=opportunity_id, InvolvementType="Co-Sell")
        submitted = pc.get_opportunity(Catalog=CATALOG, Identifier=opportunity_id)
        self.assertEqual(submitted["LifeCycle"]["ReviewStatus"], "Submitted")
        self.assertEqual(submitted["RelatedEntityIdentifiers"]["Solutions"], [solution])

        control("POST", "reviews/%s/complete" % opportunity_id, {"status": "Approved"})
        self.assertEqual(pc.get_opportunity(Catalog=CATALOG, Identifier=opportunity_id)["LifeCycle"]["ReviewStatus"],
                         "Approved")
        self.assertIn(opportunity_id, [o["Id"] for o in pc.list_opportunities(Catalog=CATALOG)["OpportunitySummaries"]])

    def test_sandbox_review_moves_through_update_opportunity(self):
        pc = self.pc
        opportunity_id = self.create("CRM-PY-2")
        current = pc.get_opportunity(Catalog=CATALOG, Identifier=opportunity_id)
        with self.assertRaises(pc.exceptions.ValidationException):
            pc.update_opportunity(**update_from(current, LifeCycle=dict(current["LifeCycle"], ReviewStatus="Approved")))
        control("POST", "reviews/next", {"status": "Submitted"})
        pc.submit_opportunity(Catalog=CATALOG, Identifier=opportunity_id, InvolvementType="Co-Sell")
        for status in ("In review", "Action Required", "Approved"):
            current = pc.get_opportunity(Catalog=CATALOG, Identifier=opportunity_id)
            pc.update_opportunity(**update_from(current, LifeCycle=dict(current["LifeCycle"], ReviewStatus=status)))
            self.assertEqual(pc.get_opportunity(Catalog=CATALOG, Identifier=opportunity_id)["LifeCycle"]["ReviewStatus"],
                             status)

    def test_engagement_from_opportunity_snapshots_jobs_and_settings(self):
        pc = self.pc
        opportunity_id = self.create("CRM-PY-3")
        role = pc.put_selling_system_settings(Catalog=CATALOG, ResourceSnapshotJobRoleIdentifier="PartnerCentralSnapshots")
        self.assertTrue(role["ResourceSnapshotJobRoleArn"].endswith(":role/PartnerCentralSnapshots"))
        self.assertEqual(pc.get_selling_system_settings(Catalog=CATALOG)["ResourceSnapshotJobRoleArn"],
                         role["ResourceSnapshotJobRoleArn"])

        task = pc.start_engagement_from_opportunity_task(
            Catalog=CATALOG, ClientToken=str(uuid.uuid4()), Identifier=opportunity_id,
            AwsSubmission={"InvolvementType": "Co-Sell", "Visibility": "Full"})
        done = self.wait_for(pc.list_engagement_from_opportunity_tasks, task["TaskId"])
        self.assertEqual(done["TaskStatus"], "COMPLETE")
        engagement_id = done["EngagementId"]
        self.assertEqual(pc.get_engagement(Catalog=CATALOG, Identifier=engagement_id)["Id"], engagement_id)

        snapshot = pc.create_resource_snapshot(
            Catalog=CATALOG, ClientToken=str(uuid.uuid4()), EngagementIdentifier=engagement_id, ResourceType="Opportunity",
            ResourceIdentifier=opportunity_id, ResourceSnapshotTemplateIdentifier="OpportunitySummaryView")
        read = pc.get_resource_snapshot(
            Catalog=CATALOG, EngagementIdentifier=engagement_id, ResourceType="Opportunity",
            ResourceIdentifier=opportunity_id, ResourceSnapshotTemplateIdentifier="OpportunitySummaryView",
            Revision=snapshot["Revision"])
        self.assertIn("OpportunitySummary", read["Payload"])
        self.assertTrue(pc.list_resource_snapshots(Catalog=CATALOG, EngagementIdentifier=engagement_id)["ResourceSnapshotSummaries"])

        # The task made a snapshot job for its engagement; a second engagement gets one made here, whose
        # tags given at creation are the job's tags.
        self.assertTrue(done["ResourceSnapshotJobId"])
        second = pc.create_engagement(Catalog=CATALOG, ClientToken=str(uuid.uuid4()), Title="Joint pursuit",
                                      Description="Two partners on one customer")["Id"]
        job = pc.create_resource_snapshot_job(
            Catalog=CATALOG, ClientToken=str(uuid.uuid4()), EngagementIdentifier=second, ResourceType="Opportunity",
            ResourceIdentifier=opportunity_id, ResourceSnapshotTemplateIdentifier="OpportunitySummaryView",
            Tags=[{"Key": "team", "Value": "emea"}])
        self.assertEqual(pc.list_tags_for_resource(ResourceArn=job["Arn"])["Tags"], [{"Key": "team", "Value": "emea"}])
        pc.start_resource_snapshot_job(Catalog=CATALOG, ResourceSnapshotJobIdentifier=job["Id"])
        self.assertEqual(pc.get_resource_snapshot_job(Catalog=CATALOG, ResourceSnapshotJobIdentifier=job["Id"])["Status"],
                         "Running")
        self.assertTrue(pc.list_resource_snapshot_jobs(Catalog=CATALOG)["ResourceSnapshotJobSummaries"])
        pc.stop_resource_snapshot_job(Catalog=CATALOG, ResourceSnapshotJobIdentifier=job["Id"])
        pc.delete_resource_snapshot_job(Catalog=CATALOG, ResourceSnapshotJobIdentifier=job["Id"])

    def test_referral_accept_and_reject_and_invitations(self):
        pc = self.pc
        accepted = control("POST", "referrals", {"title": "Order system to managed databases"})["invitationId"]
        rejected = control("POST", "referrals", {"title": "Print shop migration"})["invitationId"]
        expired = control("POST", "referrals", {"title": "Expired referral"})["invitationId"]
        control("POST", "invitations/%s/expire" % expired, {})
        pending = pc.list_engagement_invitations(Catalog=CATALOG, ParticipantType="RECEIVER", Status=["PENDING"])
        pending_ids = [i["Id"] for i in pending["EngagementInvitationSummaries"]]
        self.assertIn(accepted, pending_ids)
        self.assertNotIn(expired, pending_ids)

        task = pc.start_engagement_by_accepting_invitation_task(Catalog=CATALOG, ClientToken=str(uuid.uuid4()),
                                                                 Identifier=accepted)
        done = self.wait_for(pc.list_engagement_by_accepting_invitation_tasks, task["TaskId"])
        self.assertEqual(done["TaskStatus"], "COMPLETE")
        opportunity = pc.get_opportunity(Catalog=CATALOG, Identifier=done["OpportunityId"])
        self.assertEqual(opportunity["Project"]["Title"], "Order system to managed databases")

        self.assertIn("Payload", pc.get_engagement_invitation(Catalog=CATALOG, Identifier=rejected))
        pc.reject_engagement_invitation(Catalog=CATALOG, Identifier=rejected, RejectionReason="Customer problem unclear")
        after = pc.get_engagement_invitation(Catalog=CATALOG, Identifier=rejected)
        self.assertEqual(after["Status"], "REJECTED")
        self.assertNotIn("Payload", after)
        self.assertEqual(control("GET", "invitations/" + expired)["status"], "EXPIRED")

    def test_lead_context_update_round_trips_modified_at_and_prospecting(self):
        pc = self.pc
        lead = control("POST", "leads", {"title": "Shop on ageing servers"})["invitationId"]
        pc.accept_engagement_invitation(Catalog=CATALOG, Identifier=lead)
        engagement_id = pc.get_engagement_invitation(Catalog=CATALOG, Identifier=lead)["EngagementId"]
        engagement = pc.get_engagement(Catalog=CATALOG, Identifier=engagement_id)
        context = engagement["Contexts"][0]
        customer = {"CompanyName": context["Payload"]["Lead"]["Customer"]["CompanyName"]}

        # botocore sends ModifiedAt back with 6 fractional digits: the emulator matches it.
        updated = pc.update_engagement_context(
            Catalog=CATALOG, EngagementIdentifier=engagement_id, ContextIdentifier=context["Id"],
            EngagementLastModifiedAt=engagement["ModifiedAt"], Type="Lead",
            Payload={"Lead": {"QualificationStatus": "Qualified", "Customer": customer}})
        self.assertGreater(updated["EngagementLastModifiedAt"], engagement["ModifiedAt"])
        with self.assertRaises(pc.exceptions.ConflictException):
            pc.update_engagement_context(
                Catalog=CATALOG, EngagementIdentifier=engagement_id, ContextIdentifier=context["Id"],
                EngagementLastModifiedAt=engagement["ModifiedAt"], Type="Lead",
                Payload={"Lead": {"QualificationStatus": "Disqualified", "Customer": customer}})

        task = pc.start_opportunity_from_engagement_task(Catalog=CATALOG, ClientToken=str(uuid.uuid4()),
                                                         Identifier=engagement_id, ContextIdentifier=context["Id"])
        done = self.wait_for(pc.list_opportunity_from_engagement_tasks, task["TaskId"])
        self.assertEqual(done["TaskStatus"], "COMPLETE")

        prospecting = pc.start_prospecting_from_engagement_task(Catalog=CATALOG, ClientToken=str(uuid.uuid4()),
                                                                Identifiers=[engagement_id], TaskName="Enrich")
        for _ in range(20):
            got = pc.get_prospecting_from_engagement_task(Catalog=CATALOG, TaskIdentifier=prospecting["TaskId"])
            if got.get("EndTime"):
                break
        self.assertTrue(got.get("EndTime"))
        self.assertEqual(got["TaskName"], "Enrich")

    def test_tags(self):
        pc = self.pc
        opportunity_id = self.create("CRM-PY-4")
        arn = pc.get_opportunity(Catalog=CATALOG, Identifier=opportunity_id)["Arn"]
        self.assertEqual(pc.list_tags_for_resource(ResourceArn=arn)["Tags"], [])
        pc.tag_resource(ResourceArn=arn, Tags=[{"Key": "sync", "Value": "crm"}])
        self.assertEqual(pc.list_tags_for_resource(ResourceArn=arn)["Tags"], [{"Key": "sync", "Value": "crm"}])
        pc.untag_resource(ResourceArn=arn, TagKeys=["sync"])
        self.assertEqual(pc.list_tags_for_resource(ResourceArn=arn)["Tags"], [])
        missing = arn.rsplit("/", 1)[0] + "/O9999999999"
        with self.assertRaises(pc.exceptions.ResourceNotFoundException):
            pc.tag_resource(ResourceArn=missing, Tags=[{"Key": "k", "Value": "v"}])

    def test_signature_date_is_checked_and_faults_are_retried(self):
        # A request signed 20 minutes ago is refused as the service refuses it.
        stale = new_client()
        twenty_minutes_ago = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None) - datetime.timedelta(minutes=20)
        with unittest.mock.patch("botocore.auth.get_current_datetime", return_value=twenty_minutes_ago):
            with self.assertRaises(botocore.exceptions.ClientError) as refused:
                stale.list_solutions(Catalog=CATALOG)
        self.assertEqual(refused.exception.response["Error"]["Code"], "InvalidSignatureException")

        control("POST", "faults", {"failNext": 2, "kinds": ["THROTTLING"], "operations": ["ListSolutions"]})
        self.assertTrue(self.pc.list_solutions(Catalog=CATALOG)["SolutionSummaries"])
        self.assertEqual(len(control("GET", "faults")["injected"]), 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
