"""b20-002: medicaid, gaps: expiration_date conflict (one lot expired 10/2025, BCMA warning overridden)
and wastage_documented conflict (JW billed 50 units for 470 mg waste = 47). Style (3): Epic Order Details
report and Medication Administration Audit with a 'Mistaken Administration' reversal; pulmonology note.
Prolastin-C Liquid, J0256 + JW."""

CHART_ID = "b20-002"
DOS = "2025-11-06"
PAYER = {"profile": "medicaid", "name": "Medicaid managed care - Summit Community Health Plan"}
PRIOR_AUTH = "PA2025-0418873"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 353, "modifiers": []},
    {"hcpcs": "J0256", "units": 50, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "J7050", "units": 1, "modifiers": []},
]

D1 = """
ORDER DETAILS                                        Printed 11/07/25 0812 by KBRANDT
Patient: OYELARAN, TOBI A    MRN: 7730-1184    DOB: 02/14/1976    Sex: M
Encounter: HOD Infusion - Lakeside Outpatient Infusion, 11/06/2025

alpha-1-proteinase inhibitor (human) (PROLASTIN-C LIQUID) 1,000 mg/20 mL injection
  Order #: 884120337          Order class: Clinic Administered
  Status: Completed           Priority: Routine
  Dose: 60 mg/kg  (Dosing weight 58.9 kg on 11/06/25)  Calc: 3,534 mg
        Rounded per protocol to 3,530 mg (70.6 mL)
  Route: Intravenous    Frequency: Once    Rate: 0.08 mL/kg/min (max 4.7 mL/min)
  Admin instructions: Do not dilute. Infuse via separate line. Discard unused
     portion of vial(s). Premedicate only if prior reaction.
  Dispense: 4 vial(s) of 1,000 mg/20 mL (NDC 13533-0705-20)
  Indication: E88.01 Alpha-1-antitrypsin deficiency; J43.9 Emphysema
  Prior auth: PA2025-0418873 (approved 06/02/2025 - 06/01/2026, 52 visits)
  Ordering provider: HAMMOND, LISA R, MD     Authorizing: HAMMOND, LISA R, MD

Order history
  Date/Time        Action                 User       Comment
  11/04/25 1512    Ordered                LHAMMOND   Signed by Hammond, Lisa R, MD
  11/04/25 1520    Ordered                LHAMMOND   duplicate entry 3,600 mg
  11/04/25 1524    Canceled               LHAMMOND   duplicate entry 3,600 mg -
                                                     canceled, see #884120337
  11/05/25 0931    Verified               RPATEL2    Pharmacist verification;
                                                     wt 58.9 kg confirmed by RN
  11/06/25 0944    Dispensed              TBOYD      4 vials, lot per label
  11/06/25 1041    Completed              SYSTEM     last admin documented
  11/06/25 1107    Completed (modified)   SYSTEM     admin record corrected

Linked orders
  acetaminophen (TYLENOL) tablet 650 mg PO once PRN premed - Completed
  diphenhydramine (BENADRYL) 25 mg IV once PRN - Not given
  sodium chloride 0.9 % infusion 250 mL @ 30 mL/hr KVO - Completed
  sodium chloride 0.9 % flush 10 mL PRN line care - Completed
"""

D2 = """
MEDICATION ADMINISTRATION AUDIT                     Printed 11/07/25 0815 by KBRANDT
Patient: OYELARAN, TOBI A   MRN: 7730-1184   Dept: LAKESIDE OP INFUSION
Date range: 11/06/2025 0000 - 11/06/2025 2359

[alpha-1-proteinase inhibitor (human) (PROLASTIN-C LIQUID) injection 3,530 mg]
 Action                    Action time    Documented     User      Details
 Scanned                   11/06 1016     11/06 1016     JMARSH    NDC 13533-0705-20
                                                                   Lot B3AK0417 Exp 10/31/2025 x3
                                                                   Lot B3AK0562 Exp 04/30/2026 x1
 BCMA warning              11/06 1016     11/06 1016     JMARSH    "Product expiration date has
                                                                   passed" - Override, reason:
                                                                   Other: pharmacy ok'd
 Given (New Bag)           11/06 1022     11/06 1023     JMARSH    4,000 mg; 80 mL; IV; R AC
 Mistaken Administration   11/06 1022     11/06 1105     JMARSH    Reversed: documented full
                                                                   dispensed amount in error
 Given (New Bag)           11/06 1022     11/06 1107     JMARSH    3,530 mg; 70.6 mL; IV; R AC;
                                                                   rate 4.7 mL/min
 Stopped                   11/06 1040     11/06 1041     JMARSH    infusion complete
 Wasted                    11/06 1044     11/06 1108     JMARSH    470 mg (9.4 mL) - remainder of
                                                                   4th vial; witness AKIM, RN

[sodium chloride 0.9 % infusion 250 mL]
 New Bag                   11/06 1018     11/06 1018     JMARSH    30 mL/hr KVO
 Stopped                   11/06 1048     11/06 1049     JMARSH    ~15 mL infused

[acetaminophen (TYLENOL) tablet 650 mg]
 Given                     11/06 1012     11/06 1012     JMARSH    650 mg PO
                                                                   Lot 3MK221 Exp 08/2027

[diphenhydramine (BENADRYL) injection 25 mg]
 Not Given                 11/06 1012     11/06 1013     JMARSH    Patient declined; no hx rxn

[sodium chloride 0.9 % flush]
 Given                     11/06 1020     11/06 1020     JMARSH    10 mL
 Given                     11/06 1041     11/06 1041     JMARSH    10 mL

Vitals at administration (from flowsheet):
 1008 BP 118/72 HR 84 T 36.9 SpO2 96%   1040 BP 121/70 HR 82 SpO2 97%
 1055 BP 119/74 HR 80                    Weight 58.9 kg (129 lb 13.6 oz) @ 1008
User key: JMARSH = Marsh, Jenna, RN; AKIM = Kim, Andrew, RN; KBRANDT = Brandt,
 Kelly (HIM); TBOYD = Boyd, Terrence, CPhT; RPATEL2 = Patel, Rina, PharmD
"""

D3 = """
PULMONARY & SLEEP ASSOCIATES - OFFICE VISIT
Date: 10/09/2025      Provider: Lisa R. Hammond, MD
Patient: Tobi A. Oyelaran   DOB 02/14/1976   49 y/o M

Chief complaint: Follow-up alpha-1, on augmentation

History of present illness:
Mr. Oyelaran has alpha-1 antitrypsin deficiency, genotype PI*Z/Null (Q0mattawa
on sequencing, 2022), with emphysema. Lifelong never smoker; worked 11 years in
grain handling. Started Prolastin-C Liquid weekly 01/2023 at the Lakeside
infusion center. Since augmentation he has had no exacerbations (two in 2022,
one needing admission). Reports stable exertional dyspnea, mMRC 1-2, still
coaching his daughter's soccer team. No fevers, no hemoptysis.

Data:
  Serum AAT 2022 (pre-treatment): 5.1 umol/L (ref 20-48 umol/L)
  On-treatment trough 09/2025: drawn, result pending at time of visit
  Spirometry today: FEV1 2.01 L (52% predicted); FVC 3.88 L (81%);
    FEV1/FVC 0.52; no significant BD response
  6MWD today 410 m (395 m 10/2024), nadir SpO2 92%
  CT chest 2022: centrilobular and panlobular emphysema, basal predominant
  Weight 59.4 kg, BMI 19.8 (was 61.0 kg 10/2024; nutrition referral placed)

Family history: mother PI*MZ; sister PI*ZZ diagnosed at 41, on Glassia in another
state (not our patient).

Assessment and plan:
1. Alpha-1 antitrypsin deficiency (E88.01) with emphysema (J43.9): responding
   well to augmentation - stable FEV1, improved walk distance, no
   exacerbations since starting therapy. Continue Prolastin-C Liquid 60 mg/kg
   IV weekly; pharmacy to re-weigh and recalculate each visit.
2. Low BMI: nutrition referral; if weight drops below 55 kg, will recheck
   dose and consider supplemental feeds.
3. Vaccines up to date. Return 4 months.

Lisa R. Hammond, MD   10/09/2025 17:41
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2025-11-07", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2025-11-07", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-10-09", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency, genotype PI*Z/Null"},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "_doc": "d3", "_ev": "genotype PI*Z/Null (Q0mattawa"},
    {"kind": "serum_aat", "value": 5.1, "unit": "uM", "_doc": "d3", "_ev": "Serum AAT 2022 (pre-treatment): 5.1 umol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "centrilobular and panlobular emphysema"},
    {"kind": "weight", "value": 58.9, "unit": "kg", "value_kg": 58.9, "_date": "2025-11-06", "_doc": "d2", "_ev": "Weight 58.9 kg (129 lb 13.6 oz) @ 1008"},
    {"kind": "weight", "value": 59.4, "unit": "kg", "value_kg": 59.4, "_date": "2025-10-09", "_doc": "d3", "_ev": "Weight 59.4 kg"},
    {"kind": "weight", "value": 61.0, "unit": "kg", "value_kg": 61.0, "_date": "2024-10-15", "_doc": "d3", "_ev": "was 61.0 kg 10/2024"},
    {"kind": "dose", "value": 3530, "_doc": "d2", "_ev": "3,530 mg; 70.6 mL; IV; R AC"},
    {"kind": "wastage", "value": 470, "_doc": "d2", "_ev": "470 mg (9.4 mL) - remainder of"},
    {"kind": "lot_number", "value": "B3AK0417", "_doc": "d2", "_ev": "Lot B3AK0417 Exp 10/31/2025 x3"},
    {"kind": "lot_number", "value": "B3AK0562", "_doc": "d2", "_ev": "Lot B3AK0562 Exp 04/30/2026 x1"},
    {"kind": "expiration_date", "value": "2025-10-31", "_doc": "d2", "_ev": "Exp 10/31/2025"},
    {"kind": "expiration_date", "value": "2026-04-30", "_doc": "d2", "_ev": "Exp 04/30/2026"},
    {"kind": "infusion_start", "value": "10:22", "_doc": "d2", "_ev": "Given (New Bag)           11/06 1022     11/06 1107"},
    {"kind": "infusion_end", "value": "10:40", "_doc": "d2", "_ev": "Stopped                   11/06 1040"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "responding\n   well to augmentation"},
    {"kind": "prior_authorization", "value": "PA2025-0418873", "_doc": "d1", "_ev": "Prior auth: PA2025-0418873"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "(PROLASTIN-C LIQUID)"},
    {"kind": "fev1", "value": 52, "_doc": "d3", "_ev": "FEV1 2.01 L (52% predicted)"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Lifelong never smoker"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "conflict",
    "lot_number": "met", "expiration_date": "conflict", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
    "smoking_status": "met",
}

NOTES = """
Gaps: expiration_date conflict (lot B3AK0417 exp 10/31/2025 used on 11/06/2025; the BCMA expiration
warning was overridden) and wastage_documented conflict (470 mg wasted -> JW 47 units; 50 billed, i.e.
4,000 dispensed minus a rounded 3,500). Traps: the first 'Given 4,000 mg' row is reversed by 'Mistaken
Administration' and re-documented as 3,530 mg (one dose); canceled duplicate order 3,600 mg; calc 3,534 mg;
NS KVO new bag 1018 / stopped 1048, flushes 1020/1041, scan 1016, acetaminophen 1012 with its own lot/exp;
diphenhydramine not given; mother PI*MZ, sister PI*ZZ on Glassia; reference range 20-48 umol/L; pending
on-treatment trough (no value); hypothetical weight below 55 kg. Weights 59.4 kg (10/2025) and 61.0 kg
(10/2024) are historical; the DOS 58.9 kg decides.
"""

ARITH = {
    "weight_kg": 58.9, "weight_source": "d2 vitals 1008 DOS",
    "dose_mg": 3530, "target_mg": 3534.0, "pct_diff": -0.1, "within_10pct": True,
    "claim": [
        {"hcpcs": "J0256", "modifiers": [], "billed": 353, "expected": 353},
        {"hcpcs": "J0256", "modifiers": ["JW"], "billed": 50, "expected": 47},
    ],
    "waste_mg": 470, "jw_units_expected": 47,
    "lots": [
        {"lot": "B3AK0417", "exp": "2025-10-31", "dos": DOS, "ok": False},
        {"lot": "B3AK0562", "exp": "2026-04-30", "dos": DOS, "ok": True},
    ],
}
