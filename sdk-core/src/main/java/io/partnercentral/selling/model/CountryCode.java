package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * An ISO 3166-1 alpha-2 country code ({@code Address.CountryCode}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code CountryCode value = CountryCode.US;
 * CountryCode fromService = CountryCode.of("US");  // same instance as the constant}</pre>
 */
public final class CountryCode extends Picklist {
    private static final PicklistValues<CountryCode> VALUES = new PicklistValues<>(CountryCode::new);

    /** {@code US} */
    public static final CountryCode US = VALUES.known("US");
    /** {@code AF} */
    public static final CountryCode AF = VALUES.known("AF");
    /** {@code AX} */
    public static final CountryCode AX = VALUES.known("AX");
    /** {@code AL} */
    public static final CountryCode AL = VALUES.known("AL");
    /** {@code DZ} */
    public static final CountryCode DZ = VALUES.known("DZ");
    /** {@code AS} */
    public static final CountryCode AS = VALUES.known("AS");
    /** {@code AD} */
    public static final CountryCode AD = VALUES.known("AD");
    /** {@code AO} */
    public static final CountryCode AO = VALUES.known("AO");
    /** {@code AI} */
    public static final CountryCode AI = VALUES.known("AI");
    /** {@code AQ} */
    public static final CountryCode AQ = VALUES.known("AQ");
    /** {@code AG} */
    public static final CountryCode AG = VALUES.known("AG");
    /** {@code AR} */
    public static final CountryCode AR = VALUES.known("AR");
    /** {@code AM} */
    public static final CountryCode AM = VALUES.known("AM");
    /** {@code AW} */
    public static final CountryCode AW = VALUES.known("AW");
    /** {@code AU} */
    public static final CountryCode AU = VALUES.known("AU");
    /** {@code AT} */
    public static final CountryCode AT = VALUES.known("AT");
    /** {@code AZ} */
    public static final CountryCode AZ = VALUES.known("AZ");
    /** {@code BS} */
    public static final CountryCode BS = VALUES.known("BS");
    /** {@code BH} */
    public static final CountryCode BH = VALUES.known("BH");
    /** {@code BD} */
    public static final CountryCode BD = VALUES.known("BD");
    /** {@code BB} */
    public static final CountryCode BB = VALUES.known("BB");
    /** {@code BY} */
    public static final CountryCode BY = VALUES.known("BY");
    /** {@code BE} */
    public static final CountryCode BE = VALUES.known("BE");
    /** {@code BZ} */
    public static final CountryCode BZ = VALUES.known("BZ");
    /** {@code BJ} */
    public static final CountryCode BJ = VALUES.known("BJ");
    /** {@code BM} */
    public static final CountryCode BM = VALUES.known("BM");
    /** {@code BT} */
    public static final CountryCode BT = VALUES.known("BT");
    /** {@code BO} */
    public static final CountryCode BO = VALUES.known("BO");
    /** {@code BQ} */
    public static final CountryCode BQ = VALUES.known("BQ");
    /** {@code BA} */
    public static final CountryCode BA = VALUES.known("BA");
    /** {@code BW} */
    public static final CountryCode BW = VALUES.known("BW");
    /** {@code BV} */
    public static final CountryCode BV = VALUES.known("BV");
    /** {@code BR} */
    public static final CountryCode BR = VALUES.known("BR");
    /** {@code IO} */
    public static final CountryCode IO = VALUES.known("IO");
    /** {@code BN} */
    public static final CountryCode BN = VALUES.known("BN");
    /** {@code BG} */
    public static final CountryCode BG = VALUES.known("BG");
    /** {@code BF} */
    public static final CountryCode BF = VALUES.known("BF");
    /** {@code BI} */
    public static final CountryCode BI = VALUES.known("BI");
    /** {@code KH} */
    public static final CountryCode KH = VALUES.known("KH");
    /** {@code CM} */
    public static final CountryCode CM = VALUES.known("CM");
    /** {@code CA} */
    public static final CountryCode CA = VALUES.known("CA");
    /** {@code CV} */
    public static final CountryCode CV = VALUES.known("CV");
    /** {@code KY} */
    public static final CountryCode KY = VALUES.known("KY");
    /** {@code CF} */
    public static final CountryCode CF = VALUES.known("CF");
    /** {@code TD} */
    public static final CountryCode TD = VALUES.known("TD");
    /** {@code CL} */
    public static final CountryCode CL = VALUES.known("CL");
    /** {@code CN} */
    public static final CountryCode CN = VALUES.known("CN");
    /** {@code CX} */
    public static final CountryCode CX = VALUES.known("CX");
    /** {@code CC} */
    public static final CountryCode CC = VALUES.known("CC");
    /** {@code CO} */
    public static final CountryCode CO = VALUES.known("CO");
    /** {@code KM} */
    public static final CountryCode KM = VALUES.known("KM");
    /** {@code CG} */
    public static final CountryCode CG = VALUES.known("CG");
    /** {@code CK} */
    public static final CountryCode CK = VALUES.known("CK");
    /** {@code CR} */
    public static final CountryCode CR = VALUES.known("CR");
    /** {@code CI} */
    public static final CountryCode CI = VALUES.known("CI");
    /** {@code HR} */
    public static final CountryCode HR = VALUES.known("HR");
    /** {@code CU} */
    public static final CountryCode CU = VALUES.known("CU");
    /** {@code CW} */
    public static final CountryCode CW = VALUES.known("CW");
    /** {@code CY} */
    public static final CountryCode CY = VALUES.known("CY");
    /** {@code CZ} */
    public static final CountryCode CZ = VALUES.known("CZ");
    /** {@code CD} */
    public static final CountryCode CD = VALUES.known("CD");
    /** {@code DK} */
    public static final CountryCode DK = VALUES.known("DK");
    /** {@code DJ} */
    public static final CountryCode DJ = VALUES.known("DJ");
    /** {@code DM} */
    public static final CountryCode DM = VALUES.known("DM");
    /** {@code DO} */
    public static final CountryCode DO = VALUES.known("DO");
    /** {@code EC} */
    public static final CountryCode EC = VALUES.known("EC");
    /** {@code EG} */
    public static final CountryCode EG = VALUES.known("EG");
    /** {@code SV} */
    public static final CountryCode SV = VALUES.known("SV");
    /** {@code GQ} */
    public static final CountryCode GQ = VALUES.known("GQ");
    /** {@code ER} */
    public static final CountryCode ER = VALUES.known("ER");
    /** {@code EE} */
    public static final CountryCode EE = VALUES.known("EE");
    /** {@code ET} */
    public static final CountryCode ET = VALUES.known("ET");
    /** {@code FK} */
    public static final CountryCode FK = VALUES.known("FK");
    /** {@code FO} */
    public static final CountryCode FO = VALUES.known("FO");
    /** {@code FJ} */
    public static final CountryCode FJ = VALUES.known("FJ");
    /** {@code FI} */
    public static final CountryCode FI = VALUES.known("FI");
    /** {@code FR} */
    public static final CountryCode FR = VALUES.known("FR");
    /** {@code GF} */
    public static final CountryCode GF = VALUES.known("GF");
    /** {@code PF} */
    public static final CountryCode PF = VALUES.known("PF");
    /** {@code TF} */
    public static final CountryCode TF = VALUES.known("TF");
    /** {@code GA} */
    public static final CountryCode GA = VALUES.known("GA");
    /** {@code GM} */
    public static final CountryCode GM = VALUES.known("GM");
    /** {@code GE} */
    public static final CountryCode GE = VALUES.known("GE");
    /** {@code DE} */
    public static final CountryCode DE = VALUES.known("DE");
    /** {@code GH} */
    public static final CountryCode GH = VALUES.known("GH");
    /** {@code GI} */
    public static final CountryCode GI = VALUES.known("GI");
    /** {@code GR} */
    public static final CountryCode GR = VALUES.known("GR");
    /** {@code GL} */
    public static final CountryCode GL = VALUES.known("GL");
    /** {@code GD} */
    public static final CountryCode GD = VALUES.known("GD");
    /** {@code GP} */
    public static final CountryCode GP = VALUES.known("GP");
    /** {@code GU} */
    public static final CountryCode GU = VALUES.known("GU");
    /** {@code GT} */
    public static final CountryCode GT = VALUES.known("GT");
    /** {@code GG} */
    public static final CountryCode GG = VALUES.known("GG");
    /** {@code GN} */
    public static final CountryCode GN = VALUES.known("GN");
    /** {@code GW} */
    public static final CountryCode GW = VALUES.known("GW");
    /** {@code GY} */
    public static final CountryCode GY = VALUES.known("GY");
    /** {@code HT} */
    public static final CountryCode HT = VALUES.known("HT");
    /** {@code HM} */
    public static final CountryCode HM = VALUES.known("HM");
    /** {@code VA} */
    public static final CountryCode VA = VALUES.known("VA");
    /** {@code HN} */
    public static final CountryCode HN = VALUES.known("HN");
    /** {@code HK} */
    public static final CountryCode HK = VALUES.known("HK");
    /** {@code HU} */
    public static final CountryCode HU = VALUES.known("HU");
    /** {@code IS} */
    public static final CountryCode IS = VALUES.known("IS");
    /** {@code IN} */
    public static final CountryCode IN = VALUES.known("IN");
    /** {@code ID} */
    public static final CountryCode ID = VALUES.known("ID");
    /** {@code IR} */
    public static final CountryCode IR = VALUES.known("IR");
    /** {@code IQ} */
    public static final CountryCode IQ = VALUES.known("IQ");
    /** {@code IE} */
    public static final CountryCode IE = VALUES.known("IE");
    /** {@code IM} */
    public static final CountryCode IM = VALUES.known("IM");
    /** {@code IL} */
    public static final CountryCode IL = VALUES.known("IL");
    /** {@code IT} */
    public static final CountryCode IT = VALUES.known("IT");
    /** {@code JM} */
    public static final CountryCode JM = VALUES.known("JM");
    /** {@code JP} */
    public static final CountryCode JP = VALUES.known("JP");
    /** {@code JE} */
    public static final CountryCode JE = VALUES.known("JE");
    /** {@code JO} */
    public static final CountryCode JO = VALUES.known("JO");
    /** {@code KZ} */
    public static final CountryCode KZ = VALUES.known("KZ");
    /** {@code KE} */
    public static final CountryCode KE = VALUES.known("KE");
    /** {@code KI} */
    public static final CountryCode KI = VALUES.known("KI");
    /** {@code KR} */
    public static final CountryCode KR = VALUES.known("KR");
    /** {@code KW} */
    public static final CountryCode KW = VALUES.known("KW");
    /** {@code KG} */
    public static final CountryCode KG = VALUES.known("KG");
    /** {@code LA} */
    public static final CountryCode LA = VALUES.known("LA");
    /** {@code LV} */
    public static final CountryCode LV = VALUES.known("LV");
    /** {@code LB} */
    public static final CountryCode LB = VALUES.known("LB");
    /** {@code LS} */
    public static final CountryCode LS = VALUES.known("LS");
    /** {@code LR} */
    public static final CountryCode LR = VALUES.known("LR");
    /** {@code LY} */
    public static final CountryCode LY = VALUES.known("LY");
    /** {@code LI} */
    public static final CountryCode LI = VALUES.known("LI");
    /** {@code LT} */
    public static final CountryCode LT = VALUES.known("LT");
    /** {@code LU} */
    public static final CountryCode LU = VALUES.known("LU");
    /** {@code MO} */
    public static final CountryCode MO = VALUES.known("MO");
    /** {@code MK} */
    public static final CountryCode MK = VALUES.known("MK");
    /** {@code MG} */
    public static final CountryCode MG = VALUES.known("MG");
    /** {@code MW} */
    public static final CountryCode MW = VALUES.known("MW");
    /** {@code MY} */
    public static final CountryCode MY = VALUES.known("MY");
    /** {@code MV} */
    public static final CountryCode MV = VALUES.known("MV");
    /** {@code ML} */
    public static final CountryCode ML = VALUES.known("ML");
    /** {@code MT} */
    public static final CountryCode MT = VALUES.known("MT");
    /** {@code MH} */
    public static final CountryCode MH = VALUES.known("MH");
    /** {@code MQ} */
    public static final CountryCode MQ = VALUES.known("MQ");
    /** {@code MR} */
    public static final CountryCode MR = VALUES.known("MR");
    /** {@code MU} */
    public static final CountryCode MU = VALUES.known("MU");
    /** {@code YT} */
    public static final CountryCode YT = VALUES.known("YT");
    /** {@code MX} */
    public static final CountryCode MX = VALUES.known("MX");
    /** {@code FM} */
    public static final CountryCode FM = VALUES.known("FM");
    /** {@code MD} */
    public static final CountryCode MD = VALUES.known("MD");
    /** {@code MC} */
    public static final CountryCode MC = VALUES.known("MC");
    /** {@code MN} */
    public static final CountryCode MN = VALUES.known("MN");
    /** {@code ME} */
    public static final CountryCode ME = VALUES.known("ME");
    /** {@code MS} */
    public static final CountryCode MS = VALUES.known("MS");
    /** {@code MA} */
    public static final CountryCode MA = VALUES.known("MA");
    /** {@code MZ} */
    public static final CountryCode MZ = VALUES.known("MZ");
    /** {@code MM} */
    public static final CountryCode MM = VALUES.known("MM");
    /** {@code NA} */
    public static final CountryCode NA = VALUES.known("NA");
    /** {@code NR} */
    public static final CountryCode NR = VALUES.known("NR");
    /** {@code NP} */
    public static final CountryCode NP = VALUES.known("NP");
    /** {@code NL} */
    public static final CountryCode NL = VALUES.known("NL");
    /** {@code AN} */
    public static final CountryCode AN = VALUES.known("AN");
    /** {@code NC} */
    public static final CountryCode NC = VALUES.known("NC");
    /** {@code NZ} */
    public static final CountryCode NZ = VALUES.known("NZ");
    /** {@code NI} */
    public static final CountryCode NI = VALUES.known("NI");
    /** {@code NE} */
    public static final CountryCode NE = VALUES.known("NE");
    /** {@code NG} */
    public static final CountryCode NG = VALUES.known("NG");
    /** {@code NU} */
    public static final CountryCode NU = VALUES.known("NU");
    /** {@code NF} */
    public static final CountryCode NF = VALUES.known("NF");
    /** {@code MP} */
    public static final CountryCode MP = VALUES.known("MP");
    /** {@code NO} */
    public static final CountryCode NO = VALUES.known("NO");
    /** {@code OM} */
    public static final CountryCode OM = VALUES.known("OM");
    /** {@code PK} */
    public static final CountryCode PK = VALUES.known("PK");
    /** {@code PW} */
    public static final CountryCode PW = VALUES.known("PW");
    /** {@code PS} */
    public static final CountryCode PS = VALUES.known("PS");
    /** {@code PA} */
    public static final CountryCode PA = VALUES.known("PA");
    /** {@code PG} */
    public static final CountryCode PG = VALUES.known("PG");
    /** {@code PY} */
    public static final CountryCode PY = VALUES.known("PY");
    /** {@code PE} */
    public static final CountryCode PE = VALUES.known("PE");
    /** {@code PH} */
    public static final CountryCode PH = VALUES.known("PH");
    /** {@code PN} */
    public static final CountryCode PN = VALUES.known("PN");
    /** {@code PL} */
    public static final CountryCode PL = VALUES.known("PL");
    /** {@code PT} */
    public static final CountryCode PT = VALUES.known("PT");
    /** {@code PR} */
    public static final CountryCode PR = VALUES.known("PR");
    /** {@code QA} */
    public static final CountryCode QA = VALUES.known("QA");
    /** {@code RE} */
    public static final CountryCode RE = VALUES.known("RE");
    /** {@code RO} */
    public static final CountryCode RO = VALUES.known("RO");
    /** {@code RU} */
    public static final CountryCode RU = VALUES.known("RU");
    /** {@code RW} */
    public static final CountryCode RW = VALUES.known("RW");
    /** {@code BL} */
    public static final CountryCode BL = VALUES.known("BL");
    /** {@code SH} */
    public static final CountryCode SH = VALUES.known("SH");
    /** {@code KN} */
    public static final CountryCode KN = VALUES.known("KN");
    /** {@code LC} */
    public static final CountryCode LC = VALUES.known("LC");
    /** {@code MF} */
    public static final CountryCode MF = VALUES.known("MF");
    /** {@code PM} */
    public static final CountryCode PM = VALUES.known("PM");
    /** {@code VC} */
    public static final CountryCode VC = VALUES.known("VC");
    /** {@code WS} */
    public static final CountryCode WS = VALUES.known("WS");
    /** {@code SM} */
    public static final CountryCode SM = VALUES.known("SM");
    /** {@code ST} */
    public static final CountryCode ST = VALUES.known("ST");
    /** {@code SA} */
    public static final CountryCode SA = VALUES.known("SA");
    /** {@code SN} */
    public static final CountryCode SN = VALUES.known("SN");
    /** {@code RS} */
    public static final CountryCode RS = VALUES.known("RS");
    /** {@code SC} */
    public static final CountryCode SC = VALUES.known("SC");
    /** {@code SL} */
    public static final CountryCode SL = VALUES.known("SL");
    /** {@code SG} */
    public static final CountryCode SG = VALUES.known("SG");
    /** {@code SX} */
    public static final CountryCode SX = VALUES.known("SX");
    /** {@code SK} */
    public static final CountryCode SK = VALUES.known("SK");
    /** {@code SI} */
    public static final CountryCode SI = VALUES.known("SI");
    /** {@code SB} */
    public static final CountryCode SB = VALUES.known("SB");
    /** {@code SO} */
    public static final CountryCode SO = VALUES.known("SO");
    /** {@code ZA} */
    public static final CountryCode ZA = VALUES.known("ZA");
    /** {@code GS} */
    public static final CountryCode GS = VALUES.known("GS");
    /** {@code SS} */
    public static final CountryCode SS = VALUES.known("SS");
    /** {@code ES} */
    public static final CountryCode ES = VALUES.known("ES");
    /** {@code LK} */
    public static final CountryCode LK = VALUES.known("LK");
    /** {@code SD} */
    public static final CountryCode SD = VALUES.known("SD");
    /** {@code SR} */
    public static final CountryCode SR = VALUES.known("SR");
    /** {@code SJ} */
    public static final CountryCode SJ = VALUES.known("SJ");
    /** {@code SZ} */
    public static final CountryCode SZ = VALUES.known("SZ");
    /** {@code SE} */
    public static final CountryCode SE = VALUES.known("SE");
    /** {@code CH} */
    public static final CountryCode CH = VALUES.known("CH");
    /** {@code SY} */
    public static final CountryCode SY = VALUES.known("SY");
    /** {@code TW} */
    public static final CountryCode TW = VALUES.known("TW");
    /** {@code TJ} */
    public static final CountryCode TJ = VALUES.known("TJ");
    /** {@code TZ} */
    public static final CountryCode TZ = VALUES.known("TZ");
    /** {@code TH} */
    public static final CountryCode TH = VALUES.known("TH");
    /** {@code TL} */
    public static final CountryCode TL = VALUES.known("TL");
    /** {@code TG} */
    public static final CountryCode TG = VALUES.known("TG");
    /** {@code TK} */
    public static final CountryCode TK = VALUES.known("TK");
    /** {@code TO} */
    public static final CountryCode TO = VALUES.known("TO");
    /** {@code TT} */
    public static final CountryCode TT = VALUES.known("TT");
    /** {@code TN} */
    public static final CountryCode TN = VALUES.known("TN");
    /** {@code TR} */
    public static final CountryCode TR = VALUES.known("TR");
    /** {@code TM} */
    public static final CountryCode TM = VALUES.known("TM");
    /** {@code TC} */
    public static final CountryCode TC = VALUES.known("TC");
    /** {@code TV} */
    public static final CountryCode TV = VALUES.known("TV");
    /** {@code UG} */
    public static final CountryCode UG = VALUES.known("UG");
    /** {@code UA} */
    public static final CountryCode UA = VALUES.known("UA");
    /** {@code AE} */
    public static final CountryCode AE = VALUES.known("AE");
    /** {@code GB} */
    public static final CountryCode GB = VALUES.known("GB");
    /** {@code UM} */
    public static final CountryCode UM = VALUES.known("UM");
    /** {@code UY} */
    public static final CountryCode UY = VALUES.known("UY");
    /** {@code UZ} */
    public static final CountryCode UZ = VALUES.known("UZ");
    /** {@code VU} */
    public static final CountryCode VU = VALUES.known("VU");
    /** {@code VE} */
    public static final CountryCode VE = VALUES.known("VE");
    /** {@code VN} */
    public static final CountryCode VN = VALUES.known("VN");
    /** {@code VG} */
    public static final CountryCode VG = VALUES.known("VG");
    /** {@code VI} */
    public static final CountryCode VI = VALUES.known("VI");
    /** {@code WF} */
    public static final CountryCode WF = VALUES.known("WF");
    /** {@code EH} */
    public static final CountryCode EH = VALUES.known("EH");
    /** {@code YE} */
    public static final CountryCode YE = VALUES.known("YE");
    /** {@code ZM} */
    public static final CountryCode ZM = VALUES.known("ZM");
    /** {@code ZW} */
    public static final CountryCode ZW = VALUES.known("ZW");

    private CountryCode(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static CountryCode of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<CountryCode> knownValues() {
        return VALUES.known();
    }
}
