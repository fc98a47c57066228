"""b26-011: medicaid, 2 gaps. Styles (1)+(4): an outside infusion record faxed and OCR'd, plus a
hepatology clinic note where AATD is discussed among liver fibrosis, elastography, a varices
question and IgA levels (numbered A/P). Prolastin-C Liquid one 4,000 mg vial (a fixed dose carried
over from a previous plan), J0256 400 JZ. Gaps: dose_matches_weight conflict (4,000 mg at 79.5 kg,
target 4,770 mg, -16.1 %); prior_authorization missing (PA "pending", only a referral number)."""

CHART_ID = "b26-011"
DOS = "2026-01-22"
PAYER = {"profile": "medicaid", "name": "Harbor State Medicaid (fee-for-service)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
**FAX**  Jan-22-2O26 15:l7  TIDEWATER H0ME & AMBULAT0RY INFUSION  ->  HARB0R LIVER CLINIC  p.l/2
-- text extracted by OCR; verify against image --
TIDEWATER HOME & AMBULATORY INFUSION, LLC      Chair-side infusion record
Patient ........ MBEKI-LARSEN, JOSEPHINE      DOB ..... lO/O7/l965
Payer .......... Harbor State Medicaid FFS    Member # HS-9O2ll47-O2
Prior auth ..... PENDING - resubmitted 0l/O5/26 (awaiting determination)
Referral # ..... TW-REF-26-00417 (Dr. Lindqvist-Osei)
Visit date ..... 01/22/2026

Intake 1O:O2
 Temp    BP        Pulse   Resp   SpO2
 36.9    l28/76    8l      l8     95%
 Weight 79.5 kg (standing)    Ht l68 cm
Pt reports 2 kg gain over the holidays. No fever, no abx in past 2 wk.

Infusion
 Drug              Strength            Dose           Lot          Exp
 Prolastin-C
 Liquid            4000 mg/80 mL       4000 mg        26A0721D     2027-08-31
 (alpha1-PI)
TIDEWATER HOME & AMBULATORY INFUSION    p.l/2    CONFIDENTIAL - contains PHI
**FAX**  Jan-22-2O26 15:l8  TIDEWATER H0ME & AMBULAT0RY INFUSI0N  ->  HARB0R LIVER CLINIC  p.2/2
 (cont.) single 80 mL vial, entire vial infused, no waste
 Start 10:21    Stop 10:39     via 5 um filter, O.O8 mL/kg/min
 Premed: none. Post: BP l24/74 HR 78 SpO2 96%.
 Note: dose is the fixed 4 g/week carried over from her previous plan (Coastal Care, 2O24);
 Dr. Lindqvist-Osei to review weight-based dosing with pulmonary. Pt aware.
Discharged ll:O5 ambulatory.     RN: Q. Abernathy-Ruiz, RN     sig O1/22/26 ll:2O
TIDEWATER HOME & AMBULATORY INFUSION    p.2/2    CONFIDENTIAL - contains PHI
"""

D2 = """
HARBOR LIVER CLINIC - HEPATOLOGY FOLLOW-UP
Date: 01/08/2026        Hepatologist: Sunniva Lindqvist-Osei, MD
Patient: Josephine Mbeki-Larsen    60 F    MRN HLC-20771

Problems addressed today
  - alpha-1 antitrypsin deficiency (PI*ZZ) with liver involvement and emphysema
  - liver fibrosis, elastography surveillance
  - mild thrombocytopenia
  - IgA deficiency screening before plasma products (done 2020)
  - prior panniculitis (2019)

HPI: Referred by pulmonary in 2020 when augmentation began. Liver: no decompensation ever.
Lungs: she reports markedly fewer chest infections since starting augmentation (one course
of antibiotics in 2025 vs. five in 2019) and can now walk her dog around the block again.
She moved from the Coastal Care plan to Harbor State Medicaid in 11/2025; the infusion company
is still giving 4 g every week as under the old plan. Former smoker, 1 ppd x 20 years, quit 2012.
Daughter (34) tested PI*MZ.

Exam: Wt 79.2 kg. Anicteric. Liver edge 2 cm below costal margin, firm. No ascites. Spleen tip
palpable. Scar L thigh from 2019 panniculitis biopsy.

Data:
  VCTE 01/08/2026: LSM 11.4 kPa (F3 range), CAP 231 dB/m; prior 10.2 kPa (01/2025).
  ALT 39, AST 44, plt 142 K, INR 1.1, albumin 3.9, bilirubin 1.0. MELD-Na 8.
  IgA 186 mg/dL (2020, normal). AAT 31 mg/dL (2020, pre-augmentation).
  FEV1 (pulmonary, 12/2025) 49% predicted.

Assessment / Plan:
1. Alpha-1 antitrypsin deficiency, PI*ZZ - liver: advanced fibrosis (F3) by VCTE, slowly
   progressive. Augmentation does not protect the liver. HCC surveillance: US + AFP q6 months.
2. Lungs/augmentation - doing better on augmentation per patient and pulmonary. Dose is a fixed
   4 g weekly; at about 79 kg, 60 mg/kg would be ~4,750 mg. Will ask Dr. Haroldsen (pulmonary) to
   re-write the order weight-based with the new Medicaid PA - not yet approved.
3. Thrombocytopenia (142 K) with splenomegaly - EGD for varices screening 02/2026.
4. IgA - normal; no anti-IgA concern.
5. Panniculitis - no recurrence since 2019.
6. Vaccines - HAV/HBV immune.
RTC 6 months with VCTE.

S. Lindqvist-Osei, MD  01/08/2026 16:02
"""

D3 = """
COASTAL REFERENCE LABS                                  Report date: 03/02/2020
Patient: MBEKI-LARSEN, JOSEPHINE   DOB 10/07/1965   F
Physician: Arvid Haroldsen, MD (Pulmonary)

Test                                      Result        Units     Reference
Alpha-1 Antitrypsin (nephelometric)       31            mg/dL     [90-200]   LOW
Alpha-1 Antitrypsin Phenotype             PI*ZZ                   [PI*MM]
Immunoglobulin A                          186           mg/dL     [70-400]
Comment: ZZ phenotype with severely reduced AAT, consistent with alpha-1 antitrypsin
deficiency. Augmentation therapy will increase measured concentrations; draw subsequent
levels as troughs.
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-22", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-01-08", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2020-03-02", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ) with liver involvement and emphysema"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Alpha-1 Antitrypsin Phenotype             PI*ZZ"},
    {"kind": "serum_aat", "value": 31, "unit": "mg/dL", "_doc": "d2", "_ev": "AAT 31 mg/dL (2020, pre-augmentation)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "liver involvement and emphysema"},
    {"kind": "weight", "value": 79.5, "unit": "kg", "value_kg": 79.5, "_date": "2026-01-22", "_doc": "d1", "_ev": "Weight 79.5 kg (standing)"},
    {"kind": "weight", "value": 79.2, "unit": "kg", "value_kg": 79.2, "_date": "2026-01-08", "_doc": "d2", "_ev": "Wt 79.2 kg"},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "4000 mg/80 mL       4000 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "entire vial infused, no waste"},
    {"kind": "lot_number", "value": "26A0721D", "_doc": "d1", "_ev": "4000 mg        26A0721D"},
    {"kind": "expiration_date", "value": "2027-08-31", "_doc": "d1", "_ev": "26A0721D     2027-08-31"},
    {"kind": "infusion_start", "value": "10:21", "_doc": "d1", "_ev": "Start 10:21"},
    {"kind": "infusion_end", "value": "10:39", "_doc": "d1", "_ev": "Stop 10:39"},
    {"kind": "fev1", "value": 49, "_doc": "d2", "_ev": "FEV1 (pulmonary, 12/2025) 49% predicted"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "she reports markedly fewer chest infections since starting augmentation"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Former smoker, 1 ppd x 20 years, quit 2012"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "Prolastin-C\n Liquid"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "conflict",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "missing",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-01-22",
    "weight": {"value": 79.5, "unit": "kg", "kg": 79.5, "date": "2026-01-22"},
    "dose_mg": 4000,
    "target_mg": 4770.0,
    "tolerance_mg": 477.0,
    "deviation_pct": -16.14,
    "within_tolerance": False,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 400,
    "units_billed": 400,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-08-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: dose_matches_weight conflict - the fixed 4,000 mg carried over from the previous plan at
79.5 kg (target 4,770, tolerance 477; -16.14 %); prior_authorization missing - the fax says "PENDING -
resubmitted", the hepatology note "not yet approved", the chart has no PA, and "Referral #
TW-REF-26-00417" and the Medicaid member number are not authorization numbers. OCR'd fax: l/1 and
O/0 swaps in the header, DOB, member #, intake/discharge/signature times and vital signs (gold values
legible); the product name and the infusion row are broken across lines and the page footer/header
repeats in the middle of the infusion entry ("(cont.) ... no waste"). Hepatology style: AATD among
F3 fibrosis 11.4 / 10.2 kPa, CAP 231 dB/m, MELD-Na 8, platelets 142 K, varices EGD, IgA 186 mg/dL,
panniculitis 2019, numbered A/P 1-6. Traps: "~4,750 mg" calculation at "about 79 kg"; "2 kg gain"
(no weight); vial strength 4000 mg/80 mL; daughter PI*MZ; reference [PI*MM] and [90-200]; filter
and rate; intake 10:02 and discharge 11:05.
"""
