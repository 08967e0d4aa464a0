package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * An ISO 4217 currency code. The service accepts only USD and EUR for opportunity amounts.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code CurrencyCode value = CurrencyCode.USD;
 * CurrencyCode fromService = CurrencyCode.of("USD");  // same instance as the constant}</pre>
 */
public final class CurrencyCode extends Picklist {
    private static final PicklistValues<CurrencyCode> VALUES = new PicklistValues<>(CurrencyCode::new);

    /** {@code USD} */
    public static final CurrencyCode USD = VALUES.known("USD");
    /** {@code EUR} */
    public static final CurrencyCode EUR = VALUES.known("EUR");
    /** {@code GBP} */
    public static final CurrencyCode GBP = VALUES.known("GBP");
    /** {@code AUD} */
    public static final CurrencyCode AUD = VALUES.known("AUD");
    /** {@code CAD} */
    public static final CurrencyCode CAD = VALUES.known("CAD");
    /** {@code CNY} */
    public static final CurrencyCode CNY = VALUES.known("CNY");
    /** {@code NZD} */
    public static final CurrencyCode NZD = VALUES.known("NZD");
    /** {@code INR} */
    public static final CurrencyCode INR = VALUES.known("INR");
    /** {@code JPY} */
    public static final CurrencyCode JPY = VALUES.known("JPY");
    /** {@code CHF} */
    public static final CurrencyCode CHF = VALUES.known("CHF");
    /** {@code SEK} */
    public static final CurrencyCode SEK = VALUES.known("SEK");
    /** {@code AED} */
    public static final CurrencyCode AED = VALUES.known("AED");
    /** {@code AFN} */
    public static final CurrencyCode AFN = VALUES.known("AFN");
    /** {@code ALL} */
    public static final CurrencyCode ALL = VALUES.known("ALL");
    /** {@code AMD} */
    public static final CurrencyCode AMD = VALUES.known("AMD");
    /** {@code ANG} */
    public static final CurrencyCode ANG = VALUES.known("ANG");
    /** {@code AOA} */
    public static final CurrencyCode AOA = VALUES.known("AOA");
    /** {@code ARS} */
    public static final CurrencyCode ARS = VALUES.known("ARS");
    /** {@code AWG} */
    public static final CurrencyCode AWG = VALUES.known("AWG");
    /** {@code AZN} */
    public static final CurrencyCode AZN = VALUES.known("AZN");
    /** {@code BAM} */
    public static final CurrencyCode BAM = VALUES.known("BAM");
    /** {@code BBD} */
    public static final CurrencyCode BBD = VALUES.known("BBD");
    /** {@code BDT} */
    public static final CurrencyCode BDT = VALUES.known("BDT");
    /** {@code BGN} */
    public static final CurrencyCode BGN = VALUES.known("BGN");
    /** {@code BHD} */
    public static final CurrencyCode BHD = VALUES.known("BHD");
    /** {@code BIF} */
    public static final CurrencyCode BIF = VALUES.known("BIF");
    /** {@code BMD} */
    public static final CurrencyCode BMD = VALUES.known("BMD");
    /** {@code BND} */
    public static final CurrencyCode BND = VALUES.known("BND");
    /** {@code BOB} */
    public static final CurrencyCode BOB = VALUES.known("BOB");
    /** {@code BOV} */
    public static final CurrencyCode BOV = VALUES.known("BOV");
    /** {@code BRL} */
    public static final CurrencyCode BRL = VALUES.known("BRL");
    /** {@code BSD} */
    public static final CurrencyCode BSD = VALUES.known("BSD");
    /** {@code BTN} */
    public static final CurrencyCode BTN = VALUES.known("BTN");
    /** {@code BWP} */
    public static final CurrencyCode BWP = VALUES.known("BWP");
    /** {@code BYN} */
    public static final CurrencyCode BYN = VALUES.known("BYN");
    /** {@code BZD} */
    public static final CurrencyCode BZD = VALUES.known("BZD");
    /** {@code CDF} */
    public static final CurrencyCode CDF = VALUES.known("CDF");
    /** {@code CHE} */
    public static final CurrencyCode CHE = VALUES.known("CHE");
    /** {@code CHW} */
    public static final CurrencyCode CHW = VALUES.known("CHW");
    /** {@code CLF} */
    public static final CurrencyCode CLF = VALUES.known("CLF");
    /** {@code CLP} */
    public static final CurrencyCode CLP = VALUES.known("CLP");
    /** {@code COP} */
    public static final CurrencyCode COP = VALUES.known("COP");
    /** {@code COU} */
    public static final CurrencyCode COU = VALUES.known("COU");
    /** {@code CRC} */
    public static final CurrencyCode CRC = VALUES.known("CRC");
    /** {@code CUC} */
    public static final CurrencyCode CUC = VALUES.known("CUC");
    /** {@code CUP} */
    public static final CurrencyCode CUP = VALUES.known("CUP");
    /** {@code CVE} */
    public static final CurrencyCode CVE = VALUES.known("CVE");
    /** {@code CZK} */
    public static final CurrencyCode CZK = VALUES.known("CZK");
    /** {@code DJF} */
    public static final CurrencyCode DJF = VALUES.known("DJF");
    /** {@code DKK} */
    public static final CurrencyCode DKK = VALUES.known("DKK");
    /** {@code DOP} */
    public static final CurrencyCode DOP = VALUES.known("DOP");
    /** {@code DZD} */
    public static final CurrencyCode DZD = VALUES.known("DZD");
    /** {@code EGP} */
    public static final CurrencyCode EGP = VALUES.known("EGP");
    /** {@code ERN} */
    public static final CurrencyCode ERN = VALUES.known("ERN");
    /** {@code ETB} */
    public static final CurrencyCode ETB = VALUES.known("ETB");
    /** {@code FJD} */
    public static final CurrencyCode FJD = VALUES.known("FJD");
    /** {@code FKP} */
    public static final CurrencyCode FKP = VALUES.known("FKP");
    /** {@code GEL} */
    public static final CurrencyCode GEL = VALUES.known("GEL");
    /** {@code GHS} */
    public static final CurrencyCode GHS = VALUES.known("GHS");
    /** {@code GIP} */
    public static final CurrencyCode GIP = VALUES.known("GIP");
    /** {@code GMD} */
    public static final CurrencyCode GMD = VALUES.known("GMD");
    /** {@code GNF} */
    public static final CurrencyCode GNF = VALUES.known("GNF");
    /** {@code GTQ} */
    public static final CurrencyCode GTQ = VALUES.known("GTQ");
    /** {@code GYD} */
    public static final CurrencyCode GYD = VALUES.known("GYD");
    /** {@code HKD} */
    public static final CurrencyCode HKD = VALUES.known("HKD");
    /** {@code HNL} */
    public static final CurrencyCode HNL = VALUES.known("HNL");
    /** {@code HRK} */
    public static final CurrencyCode HRK = VALUES.known("HRK");
    /** {@code HTG} */
    public static final CurrencyCode HTG = VALUES.known("HTG");
    /** {@code HUF} */
    public static final CurrencyCode HUF = VALUES.known("HUF");
    /** {@code IDR} */
    public static final CurrencyCode IDR = VALUES.known("IDR");
    /** {@code ILS} */
    public static final CurrencyCode ILS = VALUES.known("ILS");
    /** {@code IQD} */
    public static final CurrencyCode IQD = VALUES.known("IQD");
    /** {@code IRR} */
    public static final CurrencyCode IRR = VALUES.known("IRR");
    /** {@code ISK} */
    public static final CurrencyCode ISK = VALUES.known("ISK");
    /** {@code JMD} */
    public static final CurrencyCode JMD = VALUES.known("JMD");
    /** {@code JOD} */
    public static final CurrencyCode JOD = VALUES.known("JOD");
    /** {@code KES} */
    public static final CurrencyCode KES = VALUES.known("KES");
    /** {@code KGS} */
    public static final CurrencyCode KGS = VALUES.known("KGS");
    /** {@code KHR} */
    public static final CurrencyCode KHR = VALUES.known("KHR");
    /** {@code KMF} */
    public static final CurrencyCode KMF = VALUES.known("KMF");
    /** {@code KPW} */
    public static final CurrencyCode KPW = VALUES.known("KPW");
    /** {@code KRW} */
    public static final CurrencyCode KRW = VALUES.known("KRW");
    /** {@code KWD} */
    public static final CurrencyCode KWD = VALUES.known("KWD");
    /** {@code KYD} */
    public static final CurrencyCode KYD = VALUES.known("KYD");
    /** {@code KZT} */
    public static final CurrencyCode KZT = VALUES.known("KZT");
    /** {@code LAK} */
    public static final CurrencyCode LAK = VALUES.known("LAK");
    /** {@code LBP} */
    public static final CurrencyCode LBP = VALUES.known("LBP");
    /** {@code LKR} */
    public static final CurrencyCode LKR = VALUES.known("LKR");
    /** {@code LRD} */
    public static final CurrencyCode LRD = VALUES.known("LRD");
    /** {@code LSL} */
    public static final CurrencyCode LSL = VALUES.known("LSL");
    /** {@code LYD} */
    public static final CurrencyCode LYD = VALUES.known("LYD");
    /** {@code MAD} */
    public static final CurrencyCode MAD = VALUES.known("MAD");
    /** {@code MDL} */
    public static final CurrencyCode MDL = VALUES.known("MDL");
    /** {@code MGA} */
    public static final CurrencyCode MGA = VALUES.known("MGA");
    /** {@code MKD} */
    public static final CurrencyCode MKD = VALUES.known("MKD");
    /** {@code MMK} */
    public static final CurrencyCode MMK = VALUES.known("MMK");
    /** {@code MNT} */
    public static final CurrencyCode MNT = VALUES.known("MNT");
    /** {@code MOP} */
    public static final CurrencyCode MOP = VALUES.known("MOP");
    /** {@code MRU} */
    public static final CurrencyCode MRU = VALUES.known("MRU");
    /** {@code MUR} */
    public static final CurrencyCode MUR = VALUES.known("MUR");
    /** {@code MVR} */
    public static final CurrencyCode MVR = VALUES.known("MVR");
    /** {@code MWK} */
    public static final CurrencyCode MWK = VALUES.known("MWK");
    /** {@code MXN} */
    public static final CurrencyCode MXN = VALUES.known("MXN");
    /** {@code MXV} */
    public static final CurrencyCode MXV = VALUES.known("MXV");
    /** {@code MYR} */
    public static final CurrencyCode MYR = VALUES.known("MYR");
    /** {@code MZN} */
    public static final CurrencyCode MZN = VALUES.known("MZN");
    /** {@code NAD} */
    public static final CurrencyCode NAD = VALUES.known("NAD");
    /** {@code NGN} */
    public static final CurrencyCode NGN = VALUES.known("NGN");
    /** {@code NIO} */
    public static final CurrencyCode NIO = VALUES.known("NIO");
    /** {@code NOK} */
    public static final CurrencyCode NOK = VALUES.known("NOK");
    /** {@code NPR} */
    public static final CurrencyCode NPR = VALUES.known("NPR");
    /** {@code OMR} */
    public static final CurrencyCode OMR = VALUES.known("OMR");
    /** {@code PAB} */
    public static final CurrencyCode PAB = VALUES.known("PAB");
    /** {@code PEN} */
    public static final CurrencyCode PEN = VALUES.known("PEN");
    /** {@code PGK} */
    public static final CurrencyCode PGK = VALUES.known("PGK");
    /** {@code PHP} */
    public static final CurrencyCode PHP = VALUES.known("PHP");
    /** {@code PKR} */
    public static final CurrencyCode PKR = VALUES.known("PKR");
    /** {@code PLN} */
    public static final CurrencyCode PLN = VALUES.known("PLN");
    /** {@code PYG} */
    public static final CurrencyCode PYG = VALUES.known("PYG");
    /** {@code QAR} */
    public static final CurrencyCode QAR = VALUES.known("QAR");
    /** {@code RON} */
    public static final CurrencyCode RON = VALUES.known("RON");
    /** {@code RSD} */
    public static final CurrencyCode RSD = VALUES.known("RSD");
    /** {@code RUB} */
    public static final CurrencyCode RUB = VALUES.known("RUB");
    /** {@code RWF} */
    public static final CurrencyCode RWF = VALUES.known("RWF");
    /** {@code SAR} */
    public static final CurrencyCode SAR = VALUES.known("SAR");
    /** {@code SBD} */
    public static final CurrencyCode SBD = VALUES.known("SBD");
    /** {@code SCR} */
    public static final CurrencyCode SCR = VALUES.known("SCR");
    /** {@code SDG} */
    public static final CurrencyCode SDG = VALUES.known("SDG");
    /** {@code SGD} */
    public static final CurrencyCode SGD = VALUES.known("SGD");
    /** {@code SHP} */
    public static final CurrencyCode SHP = VALUES.known("SHP");
    /** {@code SLL} */
    public static final CurrencyCode SLL = VALUES.known("SLL");
    /** {@code SOS} */
    public static final CurrencyCode SOS = VALUES.known("SOS");
    /** {@code SRD} */
    public static final CurrencyCode SRD = VALUES.known("SRD");
    /** {@code SSP} */
    public static final CurrencyCode SSP = VALUES.known("SSP");
    /** {@code STN} */
    public static final CurrencyCode STN = VALUES.known("STN");
    /** {@code SVC} */
    public static final CurrencyCode SVC = VALUES.known("SVC");
    /** {@code SYP} */
    public static final CurrencyCode SYP = VALUES.known("SYP");
    /** {@code SZL} */
    public static final CurrencyCode SZL = VALUES.known("SZL");
    /** {@code THB} */
    public static final CurrencyCode THB = VALUES.known("THB");
    /** {@code TJS} */
    public static final CurrencyCode TJS = VALUES.known("TJS");
    /** {@code TMT} */
    public static final CurrencyCode TMT = VALUES.known("TMT");
    /** {@code TND} */
    public static final CurrencyCode TND = VALUES.known("TND");
    /** {@code TOP} */
    public static final CurrencyCode TOP = VALUES.known("TOP");
    /** {@code TRY} */
    public static final CurrencyCode TRY = VALUES.known("TRY");
    /** {@code TTD} */
    public static final CurrencyCode TTD = VALUES.known("TTD");
    /** {@code TWD} */
    public static final CurrencyCode TWD = VALUES.known("TWD");
    /** {@code TZS} */
    public static final CurrencyCode TZS = VALUES.known("TZS");
    /** {@code UAH} */
    public static final CurrencyCode UAH = VALUES.known("UAH");
    /** {@code UGX} */
    public static final CurrencyCode UGX = VALUES.known("UGX");
    /** {@code USN} */
    public static final CurrencyCode USN = VALUES.known("USN");
    /** {@code UYI} */
    public static final CurrencyCode UYI = VALUES.known("UYI");
    /** {@code UYU} */
    public static final CurrencyCode UYU = VALUES.known("UYU");
    /** {@code UZS} */
    public static final CurrencyCode UZS = VALUES.known("UZS");
    /** {@code VEF} */
    public static final CurrencyCode VEF = VALUES.known("VEF");
    /** {@code VND} */
    public static final CurrencyCode VND = VALUES.known("VND");
    /** {@code VUV} */
    public static final CurrencyCode VUV = VALUES.known("VUV");
    /** {@code WST} */
    public static final CurrencyCode WST = VALUES.known("WST");
    /** {@code XAF} */
    public static final CurrencyCode XAF = VALUES.known("XAF");
    /** {@code XCD} */
    public static final CurrencyCode XCD = VALUES.known("XCD");
    /** {@code XDR} */
    public static final CurrencyCode XDR = VALUES.known("XDR");
    /** {@code XOF} */
    public static final CurrencyCode XOF = VALUES.known("XOF");
    /** {@code XPF} */
    public static final CurrencyCode XPF = VALUES.known("XPF");
    /** {@code XSU} */
    public static final CurrencyCode XSU = VALUES.known("XSU");
    /** {@code XUA} */
    public static final CurrencyCode XUA = VALUES.known("XUA");
    /** {@code YER} */
    public static final CurrencyCode YER = VALUES.known("YER");
    /** {@code ZAR} */
    public static final CurrencyCode ZAR = VALUES.known("ZAR");
    /** {@code ZMW} */
    public static final CurrencyCode ZMW = VALUES.known("ZMW");
    /** {@code ZWL} */
    public static final CurrencyCode ZWL = VALUES.known("ZWL");

    private CurrencyCode(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static CurrencyCode of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<CurrencyCode> knownValues() {
        return VALUES.known();
    }
}
