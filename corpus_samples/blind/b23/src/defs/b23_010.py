"""b23-010: medicaid, complete. Styles (2) NP-dictated procedure note and (7) referral packet with
fax cover, referral form (PA), outside pulmonology note, outside infusion flowsheet and molecular
report. Glassia 4 x 946 mg = 3,784 mg, J0257 379 JZ (ceil 378.4)."""

CHART_ID = "b23-010"
DOS = "2026-03-12"
PAYER = {"profile": "medicaid", "name": "Sunflower State Medicaid - CareSource MCO"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 379, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
PRAIRIE WIND PULMONARY - INFUSION SUITE
PROCEDURE NOTE (dictated)

Patient: Okonkwo-Reyes, Adaeze N.      DOB 08/21/1980      MRN PW-118204
Date of service: 03/12/2026            Clinician: Bettina Sorensen, DNP, FNP-BC
Attending of record: Marcus Lowry, MD

PROCEDURE: Alpha-1 proteinase inhibitor (human) infusion - Glassia, first dose at this site.

INDICATION: Alpha-1 antitrypsin deficiency, homozygous Z (see outside molecular report 2024) with
emphysema and obstructive ventilatory defect; FEV1 44% predicted 01/2026. Lifelong never smoker.
Switched from Prolastin-C to Glassia in 2024 after a formulary change, per outside records.
Medicaid PA 4471902-01 verified with CareSource on 03/10/2026 (valid through 09/30/2026).

CONSENT: Written consent for ongoing augmentation signed today; discussed hypersensitivity,
transfusion-transmitted infection risk, and the option of no treatment. Questions answerd.

PRE-PROCEDURE ASSESSMENT: Weight 62.5 kg (clinic scale). BP 108/66, HR 88, RR 18, SpO2 94% RA,
T 36.6 at 0948. No fever, no new cough. IgA 142 mg/dL (2024). Lungs: decreased at bases, no
wheeze. She tells me she has more stamina than before augmentation, has had no hospitalization
since starting therapy in 2022, and is back to working full shifts - she is responding well.

DESCRIPTION: 24 g PIV placed L forearm 0957. Weight-based dose 60 mg/kg x 62.5 kg = 3,750 mg;
pharmacy rounded to whole vials. Four Glassia 1 g/50 mL vials, carton actual content 946 mg per
vial, lot KC25L0902, expiration 06/30/2027. Infused 3,784 mg (200 mL, entire contents of all four
vials) through a 5 micron low protein binding in-line filter at 6.7 mL/min. Began 1005, ended
1036. No partial vial; nothing discarded.

COMPLICATIONS: None. Tolerated without flushing, pruritus or dyspnea.

DISPOSITION: Post-infusion vitals 1050 BP 110/68, HR 84. PIV removed 1052. Home in stable
condition at 1055 by Medicaid transport. Next dose 03/19/2026. If the outside site's log shows
any reaction history we were not told about, we will add premedication.

B. Sorensen, DNP   dictated 03/12/2026 14:18   transcribed 03/13/2026 09:02 (kd)
"""

D2 = """
>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> FAX COVER <<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<
FROM: Flint Hills Lung Associates      Tel 555-0161   Fax 555-0162
TO:   Prairie Wind Pulmonary - Infusion Referrals     Fax 555-0170
DATE/TIME: 02/26/2026 16:07           # PAGES: 8 (incl. cover)
RE: Referral - Adaeze N. Okonkwo-Reyes (DOB 08/21/1980) - Glassia weekly, closer to new home
NOTE: PA transferred to your NPI by CareSource 02/25/2026. Last dose here 03/05/2026.
This transmission may contain confidential health information...
>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>
                                                                         [2/8]
REFERRAL FOR SPECIALTY INFUSION
Pt: Okonkwo-Reyes, Adaeze N   DOB 08/21/1980   Medicaid ID 7702419930 (CareSource)
Dx: E88.01; J43.9
Product: Glassia 60 mg/kg IV weekly (approx. 3,750 mg)   Previous product: Prolastin-C (2022-2024)
PA #: 4471902-01   Dates: 04/01/2025 - 09/30/2026   Referral tracking #: FHL-0226-14
Wt: 63.4 kg (01/15/2026)    Allergies: latex
Referring: Oyelaran Batiste, MD   signature on file 02/26/2026
                                                                         [3-4/8]
FLINT HILLS LUNG ASSOCIATES - CLINIC NOTE 01/15/2026 (O. Batiste, MD)
45 yo F, AATD (homozygous Z), emphysema on CT 2022, FEV1 44% pred (01/2026; was 45% 01/2025).
Never smoker. Working as a CNA again. No exacerbations in 2025. Wt 63.4 kg.
Plan: continue Glassia weekly; moving to Prairie Wind area in March - will send referral.
                                                                         [5-6/8]
FLINT HILLS INFUSION - WEEKLY FLOWSHEET (last 3 visits)
Date       Product  Dose      Lot         Exp         Start  End    Waste  Wt
02/19/26   Glassia  3,808 mg  KC25K0518   04/30/2027  1310   1342   0      63.0 kg
02/26/26   Glassia  3,808 mg  KC25K0518   04/30/2027  1305   1336   0      63.0 kg
03/05/26   Glassia  (scheduled)
                                                                         [7-8/8]
MOLECULAR DIAGNOSTICS REPORT - 04/09/2024
SERPINA1 genotyping: c.1096G>A (p.Glu366Lys, PI*Z) - HOMOZYGOUS. c.863A>T (PI*S) - not detected.
Alpha-1 antitrypsin, serum: 0.29 g/L (reference 1.1-2.1 g/L)
Note: sample drawn 6 days after last Prolastin-C dose; trough level may be augmented.
Pre-treatment level (2022, outside lab): 0.21 g/L.
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-12", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-26", "text": D2},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "INDICATION: Alpha-1 antitrypsin deficiency, homozygous Z"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "c.1096G>A (p.Glu366Lys, PI*Z) - HOMOZYGOUS"},
    {"kind": "serum_aat", "value": 0.29, "unit": "g/L", "_doc": "d2", "_ev": "Alpha-1 antitrypsin, serum: 0.29 g/L"},
    {"kind": "serum_aat", "value": 0.21, "unit": "g/L", "_doc": "d2", "_ev": "Pre-treatment level (2022, outside lab): 0.21 g/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "with\nemphysema"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d1", "_ev": "obstructive ventilatory defect"},
    {"kind": "fev1", "value": 44, "_doc": "d1", "_ev": "FEV1 44% predicted 01/2026"},
    {"kind": "fev1", "value": 45, "_doc": "d2", "_ev": "was 45% 01/2025"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Lifelong never smoker"},
    {"kind": "weight", "value": 62.5, "unit": "kg", "value_kg": 62.5, "_date": "2026-03-12", "_doc": "d1", "_ev": "Weight 62.5 kg (clinic scale)"},
    {"kind": "weight", "value": 63.4, "unit": "kg", "value_kg": 63.4, "_date": "2026-01-15", "_doc": "d2", "_ev": "Wt: 63.4 kg (01/15/2026)"},
    {"kind": "weight", "value": 63.0, "unit": "kg", "value_kg": 63.0, "_date": "2026-02-26", "_doc": "d2", "_ev": "0      63.0 kg"},
    {"kind": "dose", "value": 3784, "_doc": "d1", "_ev": "Infused 3,784 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "No partial vial; nothing discarded."},
    {"kind": "lot_number", "value": "KC25L0902", "_doc": "d1", "_ev": "lot KC25L0902"},
    {"kind": "expiration_date", "value": "2027-06-30", "_doc": "d1", "_ev": "expiration 06/30/2027"},
    {"kind": "infusion_start", "value": "10:05", "_doc": "d1", "_ev": "Began 1005"},
    {"kind": "infusion_end", "value": "10:36", "_doc": "d1", "_ev": "ended\n1036"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "has had no hospitalization\nsince starting therapy in 2022, and is back to working full shifts - she is responding well"},
    {"kind": "prior_authorization", "value": "4471902-01", "_doc": "d1", "_ev": "Medicaid PA 4471902-01"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "Four Glassia 1 g/50 mL vials"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": False, "_doc": "d1", "_ev": "Switched from Prolastin-C to Glassia in 2024"},
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
    "dos": "2026-03-12",
    "weight": {"value": 62.5, "unit": "kg", "kg": 62.5, "date": "2026-03-12"},
    "dose_mg": 3784,
    "target_mg": 3750.0,
    "tolerance_mg": 375.0,
    "deviation_pct": 0.91,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 379,
    "units_billed": 379,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-06-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. 3,784 mg billed as 379 units of J0257 (378.4 rounded up), JZ with "nothing discarded".
Two documents only (NP procedure note + 8-page referral packet). Traps: calculation 3,750 mg and
"approx. 3,750 mg" on the referral, 946 mg/vial, 200 mL, outside flowsheet rows 02/19 and 02/26
(3,808 mg, lot KC25K0518, exp, times, waste 0) and the 03/05 scheduled row, referral tracking #
FHL-0226-14, Medicaid ID, fax time 16:07, vitals 0948/1050, PIV 0957/1052, discharge 1055,
dictation times, IgA 142 mg/dL, reference 1.1-2.1 g/L, "S not detected". Both serum levels
(0.29 g/L on-therapy trough and 0.21 g/L pre-treatment) are the patient's and are listed. Weights
63.4 kg (01/15) and 63.0 kg (outside flowsheet 02/19 and 02/26) are listed; DOS 62.5 kg governs.
Historical product Prolastin-C is listed; J0257 covers the DOS product Glassia.
"""
