package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Internal API: the documented rules of CreateOpportunity and UpdateOpportunity that the service
 * model cannot say: rules that relate members, and limits the API reference states on members the
 * model types as plain strings (see the project's API-FACTS).
 *
 * <p>Every single-member rule the model carries (required members, lengths, patterns, enum values,
 * list sizes) is checked by {@link ModelShape} before these run, and is not repeated here. These
 * rules read only values the model check let through, and skip a member it already reported.
 */
final class OpportunityRules {
    static final List<String> CATALOGS = List.of("AWS", "Sandbox");
    private static final List<String> ACCEPTED_CURRENCIES = List.of("USD", "EUR");
    private static final Pattern CONTRACT_MONTHS = Pattern.compile("[0-9]{1,9}");
    private static final int MAX_CONTRACT_MONTHS = 144;

    private OpportunityRules() {}

    /**
     * Catalog is AWS or Sandbox, although the model's pattern allows any letters; returns it, or
     * null if absent (the model reported that) or invalid.
     */
    static String catalog(ObjectNode request, Violations violations) {
        String catalog = Json.text(request, "Catalog");
        if (catalog == null) {
            return null;
        }
        if (!CATALOGS.contains(catalog)) {
            violations.request("Catalog", ValidationErrorCode.INVALID_ENUM_VALUE, "Must be AWS or Sandbox.");
            return null;
        }
        return catalog;
    }

    static void checkCreate(ObjectNode request, String catalog, Violations v, LocalDate today) {
        if ("AWS".equals(catalog) && "AWS Referral".equals(Json.text(request, "Origin"))) {
            v.business("Origin", ValidationErrorCode.INVALID_VALUE,
                    "Only Partner Referral can be created in the AWS catalog; use Sandbox to simulate AWS referrals.");
        }
        payload(request, v, today);
    }

    static void checkUpdate(ObjectNode request, Violations v, LocalDate today) {
        payload(request, v, today);
    }

    /** The rules on the members CreateOpportunity and UpdateOpportunity share. */
    private static void payload(ObjectNode p, Violations v, LocalDate today) {
        String nationalSecurity = Json.text(p, "NationalSecurity");
        customer(p, nationalSecurity, v);
        String partition = project(Json.obj(p, "Project"), v);
        marketing(Json.obj(p, "Marketing"), v);
        softwareRevenue(Json.obj(p, "SoftwareRevenue"), partition, v);
        lifeCycle(Json.obj(p, "LifeCycle"), v, today);
    }

    private static void customer(ObjectNode p, String nationalSecurity, Violations v) {
        JsonNode account = Json.at(p, "Customer.Account");
        String industry = Json.text(account, "Industry");
        if ("Other".equals(industry) && Json.text(account, "OtherIndustry") == null) {
            v.business("Customer.Account.OtherIndustry", ValidationErrorCode.REQUIRED_FIELD_MISSING,
                    "Required when Industry is Other.");
        }
        if ("Yes".equals(nationalSecurity) && !"Government".equals(industry)) {
            v.business("NationalSecurity", ValidationErrorCode.INVALID_VALUE,
                    "Yes is only allowed when Customer.Account.Industry is Government.");
        }
        if (account != null && Json.text(account, "WebsiteUrl") == null && !"Yes".equals(nationalSecurity)) {
            v.business("Customer.Account.WebsiteUrl", ValidationErrorCode.REQUIRED_FIELD_MISSING,
                    "Required unless NationalSecurity is Yes.");
        }
    }

    /** Checks Project and returns its AwsPartition, which other members' rules depend on. */
    private static String project(ObjectNode project, Violations v) {
        if (project == null) {
            return null;
        }
        String partition = Json.text(project, "AwsPartition");
        if (Json.text(project, "OtherCompetitorNames") != null
                && !"*Other".equals(Json.text(project, "CompetitorName"))) {
            v.business("Project.OtherCompetitorNames", ValidationErrorCode.INVALID_VALUE,
                    "Only allowed when CompetitorName is *Other.");
        }

        ObjectNode duration = Json.obj(project, "ExpectedContractDuration");
        String months = Json.text(duration, "Value");
        if (months != null && !v.reported("Project.ExpectedContractDuration.Value")) {
            // The model types Value as a plain string; the reference says 1 to 144 months.
            if (!CONTRACT_MONTHS.matcher(months).matches()) {
                v.request("Project.ExpectedContractDuration.Value", ValidationErrorCode.INVALID_VALUE,
                        "Must be a whole number of months.");
            } else if (Integer.parseInt(months) < 1 || Integer.parseInt(months) > MAX_CONTRACT_MONTHS) {
                v.request("Project.ExpectedContractDuration.Value", ValidationErrorCode.VALUE_OUT_OF_RANGE,
                        "Must be between 1 and " + MAX_CONTRACT_MONTHS + ".");
            }
        }

        ArrayNode spends = Json.arr(project, "ExpectedCustomerSpend");
        if (spends != null) {
            for (int i = 0; i < spends.size(); i++) {
                String path = "Project.ExpectedCustomerSpend[" + i + "]";
                JsonNode spend = spends.get(i);
                currency(path + ".CurrencyCode", Json.text(spend, "CurrencyCode"), partition, v);
                String target = Json.text(spend, "TargetCompany");
                List<String> allowed = duration == null ? List.of("AWS") : List.of("AWS", "Self");
                if (target != null && !allowed.contains(target)) {
                    v.business(path + ".TargetCompany", ValidationErrorCode.INVALID_VALUE, duration == null
                            ? "Must be AWS." : "Must be AWS or Self when ExpectedContractDuration is set.");
                }
            }
        }
        return partition;
    }

    /** The model lists every ISO currency; the service accepts USD and EUR, EUR only in aws-eusc. */
    private static void currency(String path, String currency, String partition, Violations v) {
        if (currency == null || v.reported(path)) {
            return;
        }
        if (!ACCEPTED_CURRENCIES.contains(currency)) {
            v.request(path, ValidationErrorCode.INVALID_ENUM_VALUE, "Must be USD or EUR.");
        } else if ("aws-eusc".equals(partition) && !"EUR".equals(currency)) {
            v.business(path, ValidationErrorCode.INVALID_VALUE, "Must be EUR when Project.AwsPartition is aws-eusc.");
        }
    }

    private static void marketing(ObjectNode marketing, Violations v) {
        ArrayNode useCases = Json.arr(marketing, "UseCases");
        if ("No".equals(Json.text(marketing, "AwsFundingUsed")) && useCases != null && !useCases.isEmpty()) {
            v.business("Marketing.UseCases", ValidationErrorCode.INVALID_VALUE, "Must be empty when AwsFundingUsed is No.");
        }
    }

    private static void softwareRevenue(ObjectNode revenue, String partition, Violations v) {
        currency("SoftwareRevenue.Value.CurrencyCode", Json.text(Json.obj(revenue, "Value"), "CurrencyCode"), partition, v);
    }

    private static void lifeCycle(ObjectNode lifeCycle, Violations v, LocalDate today) {
        if (lifeCycle == null) {
            return;
        }
        if ("Closed Lost".equals(Json.text(lifeCycle, "Stage")) && Json.text(lifeCycle, "ClosedLostReason") == null) {
            v.business("LifeCycle.ClosedLostReason", ValidationErrorCode.REQUIRED_FIELD_MISSING,
                    "Required when Stage is Closed Lost.");
        }
        String closeDate = Json.text(lifeCycle, "TargetCloseDate");
        if (closeDate != null && !v.reported("LifeCycle.TargetCloseDate")) {
            // The model's pattern has let through only YYYY-MM-DD shapes; 2027-02-30 still fits it.
            LocalDate date = Json.parseDate(closeDate);
            if (date == null) {
                v.business("LifeCycle.TargetCloseDate", ValidationErrorCode.INVALID_VALUE, "Must be a calendar date.");
            } else if (date.isBefore(today)) {
                v.business("LifeCycle.TargetCloseDate", ValidationErrorCode.INVALID_VALUE, "Must not be in the past.");
            }
        }
    }

    /** The date "today" is for TargetCloseDate, on the emulator's clock in UTC. */
    static LocalDate today(EmulatorState state) {
        return LocalDate.ofInstant(state.now(), ZoneOffset.UTC);
    }
}
