"""b28-003: commercial, complete. Styles (4) EOB + patient statement filed in the chart and (6) a
signed A1PI patient-information/consent form with generic example doses, plus the nursing infusion record
and a pulmonology note. Prolastin-C 5 x 1,000 mg = 5,000 mg, J0256 500 JZ."""

CHART_ID = "b28-003"
DOS = "2026-03-05"
PAYER = {"profile": "commercial", "name": "Aetna Choice POS II"}
PRIOR_AUTH = "PA-7731-0452"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
ST. BRENDAN MEDICAL CENTER - INFUSION SERVICES                     NURSING INFUSION RECORD
Patient: KOWALCZYK, DANIEL P    MRN SBM-0617734    DOB 12/14/1966    Male
Date of service: 03/05/2026     Chair 3     Referring: Priya Raman, MD (Pulmonology)
Insurance: Aetna Choice POS II   Precert PA-7731-0452 (01/15/2026-01/14/2027, 52 visits)
Dx: E88.01 Alpha-1-antitrypsin deficiency; J43.2 Centrilobular emphysema

PRE-ASSESSMENT 08:35
  Wt 82.3 kg   Ht 178 cm   T 36.5   BP 128/82   HR 71   RR 16   SpO2 95% RA
  No fever; cough at baseline; no new medications. Last dose 02/26/2026, tolerated.
  IgA on file (2019): 188 mg/dL.
ACCESS: 22G PIV L antecubital 08:41, + blood return, flushed NS 10 mL.

MEDICATION: Prolastin-C (alpha1-proteinase inhibitor, human), lyophilized, 1,000 mg vials x5
  Order: 60 mg/kg -> 4,938 mg; rounded to nearest whole vial per protocol -> 5,000 mg
  Reconstituted 08:44-08:52 with SWFI 20 mL each (diluent lot W25L0931); clear, colorless
  Vial lots: 26C1144 (x3)  exp 09/30/2027;   26C1187 (x2)  exp 10/31/2027
  ADMINISTERED: 5,000 mg IV (100 mL)
  Infusion start 08:58     Infusion end 09:14     Rate 0.08 mL/kg/min (~6.6 mL/min)
  Waste: none - all five vials infused completely
POST: BP 124/78  HR 70  SpO2 96%. No reaction. PIV removed 09:35. Left ambulatory 09:40.
Premed: none (pt declines acetaminophen).
Next appointment: 03/12/2026 08:30
                                                  Colleen Archer, RN   03/05/2026 09:44
"""

D2 = """
AETNA - EXPLANATION OF BENEFITS                      (copy filed by Patient Financial Services 03/04/2026)
THIS IS NOT A BILL
Member: DANIEL P KOWALCZYK    Member ID: W2xxxxx417    Group: 0866201 NORTHPOINT LOGISTICS
Provider: ST BRENDAN MEDICAL CENTER     Statement date: 03/02/2026
Claim ID: EBJ7Q2M8F00    Received 02/23/2026    Processed 03/01/2026

Svc date  Code       Units  Billed       Allowed     Deduct   Copay/Coins  Plan paid    Remark
02/19/26  J0256 JZ   500    $8,950.00    $5,612.40   $0.00    $50.00       $5,562.40    [1]
02/19/26  96365      1      $412.00      $168.31     $0.00    $0.00        $168.31      [1]
02/12/26  J0256 JZ   5000   $89,500.00   $0.00       $0.00    $0.00        $0.00        [2]
02/12/26  96365      1      $412.00      $168.31     $0.00    $0.00        $168.31      [1]
          TOTALS            $99,274.00   $5,949.02   $0.00    $50.00       $5,899.02

Remarks
[1] CO-45  Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.
[2] CO-16  Claim/service lacks information or has submission/billing error(s).
    N362   The number of days or units of service exceeds our acceptable maximum.
           Resubmit with corrected units (J0256 is billed per 10 mg).
Precertification on file for this service: yes.    Your share for this claim: $50.00
Appeal rights: you may appeal within 180 days of this notice.

-----------------------------------------------------------------------------------------------
ST. BRENDAN MEDICAL CENTER - PATIENT STATEMENT         Statement date 03/03/2026   Acct 40092113
  Previous balance ........................................... $100.00
  Payment received 02/20/2026 ................................ -$50.00
  02/19/2026  Infusion services / drug (Aetna processed)  patient responsibility  $50.00
  02/12/2026  Corrected claim resubmitted to Aetna 03/02/2026 - pending, no action needed
  AMOUNT DUE ................................................... $100.00   by 03/24/2026
"""

D3 = """
ST. BRENDAN MEDICAL CENTER
PATIENT INFORMATION AND CONSENT: ALPHA-1 PROTEINASE INHIBITOR (HUMAN) INFUSION THERAPY
Form INF-114 rev. 06/2024                                                          Page 1 of 2

What is this medicine?
Alpha-1 proteinase inhibitor ("A1PI" or "augmentation therapy") is made from human plasma. It raises
the level of alpha-1 antitrypsin (AAT) in your blood and lungs.

Who is it for?
Adults with emphysema caused by severe alpha-1 antitrypsin deficiency. Most people treated have a
blood AAT level below 11 micromol/L (about 57 mg/dL) and a severe genotype such as ZZ. People with the
MZ or MS genotype usually are NOT treated.

How much will I get?
The dose is 60 mg for every kilogram you weigh, once a week. EXAMPLE ONLY: a person who weighs 70 kg
(154 lb) would get 4,200 mg; a person who weighs 90 kg would get 5,400 mg. Your nurse weighs you at
each visit and the pharmacy prepares your exact dose.

How is it given?
Into a vein over about 15 to 30 minutes. You will be watched for at least 20 minutes afterward.

Possible side effects: headache, dizziness, chills, flu-like symptoms. Rarely, serious allergic
reactions - especially in people with IgA deficiency who have antibodies to IgA. Because it is made
from human plasma it may carry a very small risk of transmitting infectious agents.

CONSENT
I have read (or had read to me) the information above. My prescriber, Dr. P. Raman, has recommended
weekly infusions of:
   [X] Prolastin-C   [ ] Prolastin-C Liquid   [ ] Aralast NP   [ ] Zemaira   [ ] Glassia
I understand I may stop treatment at any time.
Patient signature: /s/ Daniel P. Kowalczyk      Date: 09/04/2025    Time: 09:02
Witness: /s/ C. Archer, RN                      Interpreter used: [ ] yes  [X] no
"""

D4 = """
ST. BRENDAN PULMONARY & SLEEP - OFFICE VISIT
Date: 01/22/2026    Provider: Priya Raman, MD
Patient: Daniel Kowalczyk, 59 M    MRN SBM-0617734

Interval history: Six-month follow-up of AATD (PiZZ) with centrilobular emphysema. On Prolastin-C
60 mg/kg IV weekly at our infusion center since 09/2025; before that he received Zemaira at an
outside center from 2021, switched because Prolastin-C is the plan's preferred product. Feels he is
doing well on augmentation: no ED visits or admissions since 2021, about one exacerbation a year
compared with three a year before he started. Walks 2 miles most days. No infusion reactions.
Former smoker, quit 2012 (30 pack-years). No vaping or marijuana.
Brother (54) has been tested: PiMZ, AAT 96 mg/dL, still smoking - encouraged to quit.

Exam: Wt 83.1 kg, BP 130/80, HR 74, SpO2 95% RA. Distant breath sounds, no wheeze, no clubbing.

Data:
- Pretreatment AAT 31 mg/dL (nephelometry, 03/2021); phenotype PiZZ.
- Spirometry today: FEV1 1.96 L (52% predicted), FEV1/FVC 0.46 - severe airflow obstruction.
  07/2025: FEV1 2.00 L (53% predicted).
- CT 2021: centrilobular and paraseptal emphysema, upper > lower.

Assessment/Plan:
1. Alpha-1 antitrypsin deficiency, PiZZ - stable on augmentation, lung function flat over 6 months.
   Continue Prolastin-C weekly. Aetna renewal approved 01/15/2026 (PA-7731-0452).
2. Emphysema - continue budesonide/glycopyrrolate/formoterol; albuterol prn.
3. RTC 6 months with spirometry.
                                                  Priya Raman, MD   01/22/2026 16:40
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-05", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-04", "text": D2},
    {"id": "d3", "type": "other", "date": "2025-09-04", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-01-22", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 Alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d4", "_ev": "phenotype PiZZ"},
    {"kind": "serum_aat", "value": 31, "unit": "mg/dL", "_doc": "d4", "_ev": "Pretreatment AAT 31 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.2 Centrilobular emphysema"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d4", "_ev": "severe airflow obstruction"},
    {"kind": "weight", "value": 82.3, "unit": "kg", "value_kg": 82.3, "_date": "2026-03-05", "_doc": "d1",
     "_ev": "Wt 82.3 kg"},
    {"kind": "weight", "value": 83.1, "unit": "kg", "value_kg": 83.1, "_date": "2026-01-22", "_doc": "d4",
     "_ev": "Wt 83.1 kg"},
    {"kind": "dose", "value": 5000, "_doc": "d1", "_ev": "ADMINISTERED: 5,000 mg IV (100 mL)"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Waste: none - all five vials infused completely"},
    {"kind": "lot_number", "value": "26C1144", "_doc": "d1", "_ev": "26C1144 (x3)"},
    {"kind": "lot_number", "value": "26C1187", "_doc": "d1", "_ev": "26C1187 (x2)"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d1", "_ev": "26C1144 (x3)  exp 09/30/2027"},
    {"kind": "expiration_date", "value": "2027-10-31", "_doc": "d1", "_ev": "26C1187 (x2)  exp 10/31/2027"},
    {"kind": "infusion_start", "value": "08:58", "_doc": "d1", "_ev": "Infusion start 08:58"},
    {"kind": "infusion_end", "value": "09:14", "_doc": "d1", "_ev": "Infusion end 09:14"},
    {"kind": "fev1", "value": 52, "_doc": "d4", "_ev": "FEV1 1.96 L (52% predicted)"},
    {"kind": "fev1", "value": 53, "_doc": "d4", "_ev": "FEV1 2.00 L (53% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d4",
     "_ev": "stable on augmentation, lung function flat over 6 months"},
    {"kind": "prior_authorization", "value": "PA-7731-0452", "_doc": "d1", "_ev": "Precert PA-7731-0452"},
    {"kind": "smoking_status", "value": "former", "_doc": "d4", "_ev": "Former smoker, quit 2012"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d1",
     "_ev": "MEDICATION: Prolastin-C (alpha1-proteinase inhibitor, human)"},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d4", "_ev": "he received Zemaira at an\noutside center from 2021"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-03-05",
    "weight": {"value": 82.3, "unit": "kg", "kg": 82.3, "date": "2026-03-05"},
    "dose_mg": 5000,
    "target_mg": 4938.0,
    "tolerance_mg": 493.8,
    "deviation_pct": 1.26,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 500,
    "units_billed": 500,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-09-30", "2027-10-31"],
    "expiration_ok": True,
}

NOTES = """
Complete (commercial: JZ with an explicit no-waste statement is met). Traps: the EOB's 02/19 and 02/12
lines (500 and 5000 units billed, allowed/paid amounts, CO-45 / CO-16 / N362), claim ID, member ID, the
patient statement's balances and dates; the consent form's EXAMPLE doses (70 kg -> 4,200 mg, 90 kg ->
5,400 mg), the 11 micromol/L (57 mg/dL) threshold, MZ/MS generic text, unticked product boxes and the
signature time 09:02; order calc 4,938 mg; SWFI diluent lot W25L0931; reconstitution 08:44-08:52, PIV
08:41, pre-assessment 08:35, PIV removal 09:35, departure 09:40; IgA 188 mg/dL; brother PiMZ 96 mg/dL.
Zemaira (historical, 2021-2025) is listed as a product; J0256 covers both products.
"""
