package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.AwsFundingUsed;
import io.partnercentral.selling.model.AwsPartition;
import io.partnercentral.selling.model.ClosedLostReason;
import io.partnercentral.selling.model.CompetitorName;
import io.partnercentral.selling.model.ContractDurationTerm;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.DeliveryModel;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.MarketingSource;
import io.partnercentral.selling.model.NationalSecurity;
import io.partnercentral.selling.model.OpportunityType;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.PaymentFrequency;
import io.partnercentral.selling.model.PrimaryNeedFromAws;
import io.partnercentral.selling.model.RevenueModel;
import io.partnercentral.selling.model.SalesActivity;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.model.StateOrRegion;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Internal API: the server-side checks of CreateOpportunity and UpdateOpportunity, from the
 * constraints in the API reference (see the project's API-FACTS). Enumerations are checked against
 * the picklists of {@code sdk-core}, so the emulator and the SDK agree on what is valid.
 */
final class OpportunityRules {
    static final Pattern OPPORTUNITY_ID = Pattern.compile("O[0-9]{1,19}");
    static final List<String> CATALOGS = List.of("AWS", "Sandbox");
    private static final List<String> ACCEPTED_CURRENCIES = List.of("USD", "EUR");
    private static final Pattern AMOUNT = Pattern.compile("((0|[1-9][0-9]{0,30})(\\.[0-9]{0,2})?)?");
    private static final Pattern REQUIRED_AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,30})(\\.[0-9]{0,2})?");
    private static final Pattern ESTIMATION_URL =
            Pattern.compile("https://(calculator\\.aws|pricing\\.calculator\\.aws\\.eu)/#/estimate\\?id=[a-f0-9]{32,64}");
    private static final Pattern AWS_ACCOUNT_ID = Pattern.compile("([0-9]{12}|\\w{1,12})");
    private static final Pattern DUNS = Pattern.compile("[0-9]{9}");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+\\-]+@[a-z0-9.\\-]+\\.[a-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final Pattern CONTRACT_MONTHS = Pattern.compile("[0-9]{1,9}");

    private OpportunityRules() {}

    /** Catalog is required everywhere and must be AWS or Sandbox; returns it, or null if invalid. */
    static String catalog(ObjectNode request, Violations violations) {
        String catalog = Json.text(request, "Catalog");
        if (violations.required("Catalog", catalog) && violations.oneOfValues("Catalog", catalog, CATALOGS)) {
            return catalog;
        }
        return null;
    }

    static String opportunityId(ObjectNode request, String member, Violations violations) {
        String id = Json.text(request, member);
        if (violations.required(member, id)
                && violations.pattern(member, id, OPPORTUNITY_ID, "O followed by 1 to 19 digits")) {
            return id;
        }
        return null;
    }

    static void checkCreate(ObjectNode request, String catalog, Violations v, LocalDate today) {
        String token = Json.text(request, "ClientToken");
        if (v.required("ClientToken", token)) {
            v.length("ClientToken", token, 1, 255);
        }
        String origin = Json.text(request, "Origin");
        if (v.oneOf("Origin", origin, Origin.knownValues())
                && "AWS".equals(catalog) && Origin.AWS_REFERRAL.value().equals(origin)) {
            v.business("Origin", ValidationErrorCode.INVALID_VALUE,
                    "Only Partner Referral can be created in the AWS catalog; use Sandbox to simulate AWS referrals.");
        }
        ArrayNode team = Json.arr(request, "OpportunityTeam");
        if (team != null) {
            v.maxItems("OpportunityTeam", team.size(), 10);
            for (int i = 0; i < team.size(); i++) {
                contact("OpportunityTeam[" + i + "]", team.get(i), v);
            }
        }
        tags(Json.arr(request, "Tags"), v);
        payload(request, v, today);
    }

    /** Tags of CreateOpportunity and CreateResourceSnapshotJob: 1..200, Key 1..128, Value 0..256. */
    static void tags(ArrayNode tags, Violations v) {
        if (tags == null) {
            return;
        }
        if (tags.isEmpty()) {
            v.request("Tags", ValidationErrorCode.NOT_ENOUGH_VALUES, "At least 1 tag is required when Tags is sent.");
        }
        v.maxItems("Tags", tags.size(), 200);
        for (int i = 0; i < tags.size(); i++) {
            String path = "Tags[" + i + "]";
            String key = Json.text(tags.get(i), "Key");
            String value = Json.text(tags.get(i), "Value");
            if (v.required(path + ".Key", key) && v.length(path + ".Key", key, 1, 128)) {
                v.pattern(path + ".Key", key, TAG_TEXT, "letters, digits, spaces and _.:/=+-@");
            }
            if (v.required(path + ".Value", value) && v.length(path + ".Value", value, 0, 256)) {
                v.pattern(path + ".Value", value, TAG_TEXT, "letters, digits, spaces and _.:/=+-@");
            }
        }
    }

    static void checkUpdate(ObjectNode request, Violations v, LocalDate today) {
        v.required("LastModifiedDate", request.get("LastModifiedDate"));
        payload(request, v, today);
    }

    /** The rules on the members CreateOpportunity and UpdateOpportunity share. */
    private static void payload(ObjectNode p, Violations v, LocalDate today) {
        each(p, "PrimaryNeedsFromAws", (path, value) -> v.oneOf(path, value, PrimaryNeedFromAws.knownValues()));
        String nationalSecurity = Json.text(p, "NationalSecurity");
        v.oneOf("NationalSecurity", nationalSecurity, NationalSecurity.knownValues());
        v.length("PartnerOpportunityIdentifier", Json.text(p, "PartnerOpportunityIdentifier"), 0, 64);
        v.oneOf("OpportunityType", Json.text(p, "OpportunityType"), OpportunityType.knownValues());
        customer(p, nationalSecurity, v);
        String partition = project(Json.obj(p, "Project"), v);
        marketing(Json.obj(p, "Marketing"), v);
        softwareRevenue(Json.obj(p, "SoftwareRevenue"), partition, v);
        lifeCycle(Json.obj(p, "LifeCycle"), v, today);
    }

    private static void customer(ObjectNode p, String nationalSecurity, Violations v) {
        ObjectNode account = (ObjectNode) Json.at(p, "Customer.Account");
        String companyName = Json.text(account, "CompanyName");
        if (v.required("Customer.Account.CompanyName", companyName)) {
            v.length("Customer.Account.CompanyName", companyName, 0, 120);
        }
        String industry = Json.text(account, "Industry");
        v.oneOf("Customer.Account.Industry", industry, Industry.knownValues());
        String otherIndustry = Json.text(account, "OtherIndustry");
        v.length("Customer.Account.OtherIndustry", otherIndustry, 0, 255);
        if (Industry.OTHER.value().equals(industry) && otherIndustry == null) {
            v.business("Customer.Account.OtherIndustry", ValidationErrorCode.REQUIRED_FIELD_MISSING,
                    "Required when Industry is Other.");
        }
        if (NationalSecurity.YES.value().equals(nationalSecurity) && !Industry.GOVERNMENT.value().equals(industry)) {
            v.business("NationalSecurity", ValidationErrorCode.INVALID_VALUE,
                    "Yes is only allowed when Customer.Account.Industry is Government.");
        }
        String website = Json.text(account, "WebsiteUrl");
        if (website == null && !NationalSecurity.YES.value().equals(nationalSecurity)) {
            v.business("Customer.Account.WebsiteUrl", ValidationErrorCode.REQUIRED_FIELD_MISSING,
                    "Required unless NationalSecurity is Yes.");
        }
        v.length("Customer.Account.WebsiteUrl", website, 4, 255);
        v.pattern("Customer.Account.AwsAccountId", Json.text(account, "AwsAccountId"), AWS_ACCOUNT_ID,
                "a 12-digit account id or up to 12 word characters");
        v.pattern("Customer.Account.Duns", Json.text(account, "Duns"), DUNS, "9 digits");
        ObjectNode address = Json.obj(account, "Address");
        if (address != null) {
            String country = Json.text(address, "CountryCode");
            v.oneOf("Customer.Account.Address.CountryCode", country, CountryCode.knownValues());
            String state = Json.text(address, "StateOrRegion");
            if (v.oneOf("Customer.Account.Address.StateOrRegion", state, StateOrRegion.knownValues())
                    && state != null && country != null && !CountryCode.US.value().equals(country)) {
                v.business("Customer.Account.Address.StateOrRegion", ValidationErrorCode.INVALID_VALUE,
                        "Applies only when CountryCode is US.");
            }
            v.length("Customer.Account.Address.City", Json.text(address, "City"), 0, 255);
            v.length("Customer.Account.Address.StreetAddress", Json.text(address, "StreetAddress"), 0, 255);
            v.length("Customer.Account.Address.PostalCode", Json.text(address, "PostalCode"), 0, 20);
        }
        ArrayNode contacts = (ArrayNode) Json.at(p, "Customer.Contacts");
        if (contacts != null) {
            for (int i = 0; i < contacts.size(); i++) {
                contact("Customer.Contacts[" + i + "]", contacts.get(i), v);
            }
        }
    }

    private static void contact(String path, JsonNode contact, Violations v) {
        String email = Json.text(contact, "Email");
        if (v.length(path + ".Email", email, 0, 80)) {
            v.pattern(path + ".Email", email, EMAIL, "a lowercase email address");
        }
        v.pattern(path + ".Phone", Json.text(contact, "Phone"), PHONE, "an E.164 phone number");
        for (String name : List.of("FirstName", "LastName", "BusinessTitle")) {
            v.length(path + "." + name, Json.text(contact, name), 0, 80);
        }
    }

    /** Checks Project and returns its AwsPartition, which other members' rules depend on. */
    private static String project(ObjectNode project, Violations v) {
        if (project == null) {
            return null;
        }
        String partition = Json.text(project, "AwsPartition");
        v.oneOf("Project.AwsPartition", partition, AwsPartition.knownValues());
        v.length("Project.Title", Json.text(project, "Title"), 0, 255);
        v.length("Project.CustomerBusinessProblem", Json.text(project, "CustomerBusinessProblem"), 20, 2000);
        v.length("Project.AdditionalComments", Json.text(project, "AdditionalComments"), 1, 255);
        v.length("Project.OtherSolutionDescription", Json.text(project, "OtherSolutionDescription"), 0, 255);
        v.pattern("Project.RelatedOpportunityIdentifier", Json.text(project, "RelatedOpportunityIdentifier"),
                OPPORTUNITY_ID, "O followed by 1 to 19 digits");
        each(project, "DeliveryModels", (path, value) -> v.oneOf("Project." + path, value, DeliveryModel.knownValues()));
        each(project, "SalesActivities", (path, value) -> v.oneOf("Project." + path, value, SalesActivity.knownValues()));
        String competitor = Json.text(project, "CompetitorName");
        v.oneOf("Project.CompetitorName", competitor, CompetitorName.knownValues());
        String otherCompetitors = Json.text(project, "OtherCompetitorNames");
        v.length("Project.OtherCompetitorNames", otherCompetitors, 0, 255);
        if (otherCompetitors != null && !CompetitorName.OTHER_UNLISTED.value().equals(competitor)) {
            v.business("Project.OtherCompetitorNames", ValidationErrorCode.INVALID_VALUE,
                    "Only allowed when CompetitorName is *Other.");
        }

        ObjectNode duration = Json.obj(project, "ExpectedContractDuration");
        if (duration != null) {
            String term = Json.text(duration, "Term");
            if (v.required("Project.ExpectedContractDuration.Term", term)) {
                v.oneOf("Project.ExpectedContractDuration.Term", term, ContractDurationTerm.knownValues());
            }
            String value = Json.text(duration, "Value");
            if (v.required("Project.ExpectedContractDuration.Value", value)) {
                if (!CONTRACT_MONTHS.matcher(value).matches()) {
                    v.request("Project.ExpectedContractDuration.Value", ValidationErrorCode.INVALID_VALUE,
                            "Must be a whole number of months.");
                } else if (Integer.parseInt(value) < 1 || Integer.parseInt(value) > 144) {
                    v.request("Project.ExpectedContractDuration.Value", ValidationErrorCode.VALUE_OUT_OF_RANGE,
                            "Must be between 1 and 144.");
                }
            }
        }

        ArrayNode spends = Json.arr(project, "ExpectedCustomerSpend");
        if (spends != null) {
            v.maxItems("Project.ExpectedCustomerSpend", spends.size(), 10);
            for (int i = 0; i < spends.size(); i++) {
                String path = "Project.ExpectedCustomerSpend[" + i + "]";
                JsonNode spend = spends.get(i);
                v.pattern(path + ".Amount", Json.text(spend, "Amount"), AMOUNT, "a decimal amount with at most 2 decimals");
                currency(path + ".CurrencyCode", Json.text(spend, "CurrencyCode"), partition, v);
                String frequency = Json.text(spend, "Frequency");
                if (v.required(path + ".Frequency", frequency)) {
                    v.oneOf(path + ".Frequency", frequency, PaymentFrequency.knownValues());
                }
                String target = Json.text(spend, "TargetCompany");
                if (v.required(path + ".TargetCompany", target) && v.length(path + ".TargetCompany", target, 1, 80)) {
                    List<String> allowed = duration == null ? List.of("AWS") : List.of("AWS", "Self");
                    if (!allowed.contains(target)) {
                        v.business(path + ".TargetCompany", ValidationErrorCode.INVALID_VALUE, duration == null
                                ? "Must be AWS." : "Must be AWS or Self when ExpectedContractDuration is set.");
                    }
                }
                v.pattern(path + ".EstimationUrl", Json.text(spend, "EstimationUrl"), ESTIMATION_URL,
                        "an AWS Pricing Calculator estimate URL");
            }
        }
        return partition;
    }

    private static void currency(String path, String currency, String partition, Violations v) {
        if (v.required(path, currency) && v.oneOfValues(path, currency, ACCEPTED_CURRENCIES)
                && AwsPartition.AWS_EUSC.value().equals(partition) && !"EUR".equals(currency)) {
            v.business(path, ValidationErrorCode.INVALID_VALUE, "Must be EUR when Project.AwsPartition is aws-eusc.");
        }
    }

    private static void marketing(ObjectNode marketing, Violations v) {
        if (marketing == null) {
            return;
        }
        v.oneOf("Marketing.Source", Json.text(marketing, "Source"), MarketingSource.knownValues());
        String funding = Json.text(marketing, "AwsFundingUsed");
        v.oneOf("Marketing.AwsFundingUsed", funding, AwsFundingUsed.knownValues());
        ArrayNode useCases = Json.arr(marketing, "UseCases");
        if (AwsFundingUsed.NO.value().equals(funding) && useCases != null && !useCases.isEmpty()) {
            v.business("Marketing.UseCases", ValidationErrorCode.INVALID_VALUE, "Must be empty when AwsFundingUsed is No.");
        }
    }

    private static void softwareRevenue(ObjectNode revenue, String partition, Violations v) {
        if (revenue == null) {
            return;
        }
        v.oneOf("SoftwareRevenue.DeliveryModel", Json.text(revenue, "DeliveryModel"), RevenueModel.knownValues());
        ObjectNode value = Json.obj(revenue, "Value");
        if (value != null) {
            String amount = Json.text(value, "Amount");
            if (v.required("SoftwareRevenue.Value.Amount", amount)) {
                v.pattern("SoftwareRevenue.Value.Amount", amount, REQUIRED_AMOUNT, "a decimal amount with at most 2 decimals");
            }
            currency("SoftwareRevenue.Value.CurrencyCode", Json.text(value, "CurrencyCode"), partition, v);
        }
        for (String member : List.of("EffectiveDate", "ExpirationDate")) {
            String date = Json.text(revenue, member);
            if (date != null && Json.parseDate(date) == null) {
                v.request("SoftwareRevenue." + member, ValidationErrorCode.INVALID_STRING_FORMAT, "Must be a date YYYY-MM-DD.");
            }
        }
    }

    private static void lifeCycle(ObjectNode lifeCycle, Violations v, LocalDate today) {
        if (lifeCycle == null) {
            return;
        }
        String stage = Json.text(lifeCycle, "Stage");
        v.oneOf("LifeCycle.Stage", stage, Stage.knownValues());
        String reason = Json.text(lifeCycle, "ClosedLostReason");
        v.oneOf("LifeCycle.ClosedLostReason", reason, ClosedLostReason.knownValues());
        if (Stage.CLOSED_LOST.value().equals(stage) && reason == null) {
            v.business("LifeCycle.ClosedLostReason", ValidationErrorCode.REQUIRED_FIELD_MISSING,
                    "Required when Stage is Closed Lost.");
        }
        v.length("LifeCycle.NextSteps", Json.text(lifeCycle, "NextSteps"), 0, 255);
        String closeDate = Json.text(lifeCycle, "TargetCloseDate");
        if (closeDate != null) {
            LocalDate date = Json.parseDate(closeDate);
            if (date == null) {
                v.request("LifeCycle.TargetCloseDate", ValidationErrorCode.INVALID_STRING_FORMAT, "Must be a date YYYY-MM-DD.");
            } else if (date.isBefore(today)) {
                v.business("LifeCycle.TargetCloseDate", ValidationErrorCode.INVALID_VALUE, "Must not be in the past.");
            }
        }
    }

    /** The date "today" is for TargetCloseDate, on the emulator's clock in UTC. */
    static LocalDate today(EmulatorState state) {
        return LocalDate.ofInstant(state.now(), ZoneOffset.UTC);
    }

    private interface ItemRule {
        void check(String path, String value);
    }

    private static void each(ObjectNode parent, String member, ItemRule rule) {
        ArrayNode items = Json.arr(parent, member);
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                rule.check(member + "[" + i + "]", items.get(i).asText());
            }
        }
    }
}
