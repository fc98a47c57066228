"""b23-013: medicaid, complete. Styles (7) referral packet (fax cover, referral form with PA,
genetics report, outside note) and (1) C-CDA encounter summary with a simple table; plus the
receiving pulmonologist's progress note. Pi(null)(null). Prolastin-C Liquid 4,000 + 500 mg =
4,500 mg billed J2252 x 4,500 JZ (the guide's code table: J2252 = any A1PI, 1 mg per unit)."""

CHART_ID = "b23-013"
DOS = "2026-04-02"
PAYER = {"profile": "medicaid", "name": "Hoosier Care Connect Medicaid"}
PRIOR_AUTH = "IN-MCD-0092213547"
CLAIM_LINES = [
    {"hcpcs": "J2252", "units": 4500, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
*****************************************************************************************
FACSIMILE     Wabash River Pulmonary Group      Tel 555-0122   Fax 555-0123
Date: 03/20/2026  11:31      To: Eastgate Infusion & Specialty Pharmacy (Fax 555-0131)
From: Karla Mendenhall, LPN, referral desk       Total pages: 6
Subject: REFERRAL - augmentation therapy - PHAM-WILLOUGHBY, DESMOND K, DOB 10/30/1988
Note: Pt is new to our practice (seen 03/19). Genetics from Ohio attached. PA approved 03/18.
CONFIDENTIAL - intended only for the addressee. If received in error please notify sender.
*****************************************************************************************
page 2 - REFERRAL / ORDER FOR INFUSION SERVICES
  Patient ........ Pham-Willoughby, Desmond K       DOB 10/30/1988     M
  Payer .......... Hoosier Care Connect (Medicaid)  RID 100488213377
  PA number ...... IN-MCD-0092213547   eff 03/18/2026 - 03/17/2027
  Diagnoses ...... E88.01 alpha-1-antitrypsin deficiency; J43.1 panlobular emphysema
  Order .......... Prolastin-C Liquid 60 mg/kg IV q week; round to nearest vial size combination
  Weight ......... 156 lb (03/19/2026)
  Start date ..... week of 03/30/2026
  Prescriber ..... Yusuf Abernathy-Cole, MD   (e-signed 03/19/2026)
page 3-4 - OUTSIDE RECORD: Buckeye Genomics, Columbus OH - report date 06/07/2017
  Test: SERPINA1 full gene sequencing + deletion/duplication
  Result: homozygous c.552delC (p.Tyr184Thrfs*22), null allele (Q0granite falls), two copies.
  No c.1096G>A (Z) or c.863A>T (S) detected.
  Genotype: Pi*(null)(null)    Serum AAT: 2 mg/dL (L) [ref 90-200 mg/dL] - below quantitation
  Interpretation: complete alpha-1 antitrypsin deficiency (no circulating protein expected).
  Family: parents obligate carriers (Pi*M/null); siblings should be tested.
page 5-6 - OUTSIDE RECORD: Riverside Pulmonary, Dayton OH - last note 12/09/2025
  37M with null/null AATD, emphysema (CT 2017 panlobular, bilateral lower lobes). Never smoker;
  no vaping. On Prolastin-C Liquid weekly since 2017, FEV1 62% pred 11/2025 (64% 11/2024). Weight
  72 kg. Doing well, last exacerbation 2023. Moving to Indiana 02/2026 - transfer care.
"""

D2 = """
EASTGATE INFUSION & SPECIALTY PHARMACY  |  Clinical Viewer - C-CDA Encounter Summary
Patient: PHAM-WILLOUGHBY, DESMOND K    DOB 1988-10-30    MRN EIS-20417
Encounter: Ambulatory infusion   Apr 2, 2026 12:20 EDT - Apr 2, 2026 13:45 EDT
Responsible: Ilse Vantongeren, RN     Payer: Hoosier Care Connect   PA IN-MCD-0092213547

PROBLEMS
  Alpha-1-antitrypsin deficiency       [SNOMED 30188007]  [ICD-10 E88.01]
  Panlobular emphysema                 [SNOMED 4981000]   [ICD-10 J43.1]
  Allergic rhinitis                    [SNOMED 61582004]

VITAL SIGNS
  Time       Measure        Value     Code
  12:26 EDT  Body weight    70.6 kg   [LOINC 29463-7]
  12:26 EDT  BP             122/76    [LOINC 85354-9]
  12:26 EDT  Pulse          68        [LOINC 8867-4]
  12:26 EDT  SpO2           97 %      [LOINC 59408-5]
  13:20 EDT  BP             118/74

MEDICATIONS ADMINISTERED
  Drug                          Dose      Start      Stop       Lot        Exp         Waste
  Prolastin-C Liquid 4000 mg    4000 mg   12:41 EDT  12:56 EDT  26G0118C   2027-12-31  0 mg
    /80 mL [RxNorm 2387412]
  Prolastin-C Liquid 500 mg     500 mg    12:41 EDT  12:56 EDT  26F2207A   2027-09-30  0 mg
    /10 mL [RxNorm 2387405]
  Total alpha-1 proteinase inhibitor administered: 4500 mg (both vials entirely used)
  cetirizine 10 mg PO           10 mg     12:30 EDT  --         OTC        --          --

PROCEDURES
  Peripheral IV catheter insertion [SNOMED 392230005]   12:34 EDT
  IV infusion, first hour [CPT 96365]                   12:41 EDT
  Peripheral IV removal                                 13:28 EDT

PLAN OF CARE
  Next visit Apr 9, 2026 12:30 EDT - Prolastin-C Liquid 60 mg/kg
"""

D3 = """
WABASH RIVER PULMONARY GROUP - NEW PATIENT CONSULTATION / PROGRESS NOTE
Date: 03/19/2026     Patient: Desmond K. Pham-Willoughby, 37 M     Provider: Yusuf Abernathy-Cole, MD

HPI: Transfer of care from Dayton. Alpha-1 antitrypsin deficiency, Pi(null,null) on 2017
sequencing, with panlobular emphysema; on weekly Prolastin-C Liquid since 2017. Records reviewed.
He reports he is doing well on augmentation - no exacerbations since 2023, FEV1 has been close to
stable (64 -> 62% pred over a year), works full time as an electrician. Never smoker.
Last infusion in Ohio 02/26/2026; has missed 3 weeks during the move.

Exam: Wt 156 lb (70.8 kg). SpO2 97% RA. Lungs: mildly decreased BS bases.
Spirometry today: FEV1 3.02 L (63% pred), FEV1/FVC 0.58.

A/P:
1. AATD Pi(null)(null) with emphysema - resume augmentation ASAP, Prolastin-C Liquid 60 mg/kg
   weekly at Eastgate. Medicaid PA obtained 03/18.
2. Sister (29) untested - provided genetic counseling referral information.
3. Hep A/B vaccine series complete per Ohio records.
Y. Abernathy-Cole, MD
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-03-20", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-04-02", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-03-19", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["NULL", "NULL"], "_doc": "d1", "_ev": "Genotype: Pi*(null)(null)"},
    {"kind": "serum_aat", "value": 2, "unit": "mg/dL", "_doc": "d1", "_ev": "Serum AAT: 2 mg/dL (L)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.1 panlobular emphysema"},
    {"kind": "fev1", "value": 62, "_doc": "d1", "_ev": "FEV1 62% pred 11/2025"},
    {"kind": "fev1", "value": 64, "_doc": "d1", "_ev": "(64% 11/2024)"},
    {"kind": "fev1", "value": 63, "_doc": "d3", "_ev": "FEV1 3.02 L (63% pred)"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Never smoker;\n  no vaping."},
    {"kind": "weight", "value": 156, "unit": "lb", "value_kg": 70.8, "_date": "2026-03-19", "_doc": "d1", "_ev": "Weight ......... 156 lb (03/19/2026)"},
    {"kind": "weight", "value": 72, "unit": "kg", "value_kg": 72.0, "_date": "2025-12-09", "_doc": "d1", "_ev": "Weight\n  72 kg."},
    {"kind": "weight", "value": 70.6, "unit": "kg", "value_kg": 70.6, "_date": "2026-04-02", "_doc": "d2", "_ev": "12:26 EDT  Body weight    70.6 kg"},
    {"kind": "dose", "value": 4500, "_doc": "d2", "_ev": "Total alpha-1 proteinase inhibitor administered: 4500 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "(both vials entirely used)"},
    {"kind": "lot_number", "value": "26G0118C", "_doc": "d2", "_ev": "26G0118C"},
    {"kind": "lot_number", "value": "26F2207A", "_doc": "d2", "_ev": "26F2207A"},
    {"kind": "expiration_date", "value": "2027-12-31", "_doc": "d2", "_ev": "26G0118C   2027-12-31"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d2", "_ev": "26F2207A   2027-09-30"},
    {"kind": "infusion_start", "value": "12:41", "_doc": "d2", "_ev": "4000 mg   12:41 EDT"},
    {"kind": "infusion_end", "value": "12:56", "_doc": "d2", "_ev": "12:41 EDT  12:56 EDT  26G0118C"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "He reports he is doing well on augmentation - no exacerbations since 2023"},
    {"kind": "prior_authorization", "value": "IN-MCD-0092213547", "_doc": "d1", "_ev": "PA number ...... IN-MCD-0092213547"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d2", "_ev": "Prolastin-C Liquid 4000 mg    4000 mg"},
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
}

ARITH = {
    "dos": "2026-04-02",
    "weight": {"value": 70.6, "unit": "kg", "kg": 70.6, "date": "2026-04-02"},
    "dose_mg": 4500,
    "target_mg": 4236.0,
    "tolerance_mg": 423.6,
    "deviation_pct": 6.23,
    "within_tolerance": True,
    "code": "J2252",
    "billing_unit_mg": 1,
    "units_expected": 4500,
    "units_billed": 4500,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-12-31", "2027-09-30"],
    "expiration_ok": True,
}

NOTES = """
Complete per the guide's code table (J2252 covers any A1PI at 1 mg per unit; facts.md notes the
CMS descriptor is midazolam - a coder would confirm with the payer). Pi*(null)(null) by sequencing
(homozygous c.552delC), serum 2 mg/dL. CCD table: each vial is a row with start/stop/lot/exp, and
a total line carries the administered 4,500 mg (two vial rows of 4000 and 500 mg are components,
not separate doses). Traps: vial sizes 4000 mg/80 mL and 500 mg/10 mL, encounter period 12:20-13:45,
vital-sign times, cetirizine 10 mg at 12:30, PIV 12:34/13:28, next visit 12:30, fax 11:31, Medicaid
RID, parents' obligate-carrier genotype Pi*M/null, sister untested, "No Z or S detected", lab
reference 90-200, the 2017 level "below quantitation" (value as written 2 mg/dL). Weights: 156 lb
(03/19; the referral and the note's "156 lb (70.8 kg)" are one weighing), outside 72 kg (12/2025)
and the DOS 70.6 kg, which governs.
"""
