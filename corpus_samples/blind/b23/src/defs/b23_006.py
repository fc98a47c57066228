"""b23-006: commercial, complete. Styles (2) NP-dictated procedure note and (6) pharmacy dose
reconciliation export with an unusual column order and merged Patient cell. Zemaira 4 g kit
(label 3,864 mg), 3,530 mg given, 334 mg wasted; commercial claim J0256 353 without modifier."""

CHART_ID = "b23-006"
DOS = "2026-04-07"
PAYER = {"profile": "commercial", "name": "Cobalt Health Partners PPO"}
PRIOR_AUTH = "CHP-A1P-118842"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 353, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
WILLOWBROOK LUNG & INFUSION CENTER
PROCEDURE NOTE - ALPHA-1 AUGMENTATION INFUSION

Patient: Holloway-Brandt, June M.     DOB: 12/03/1971     Acct: WB-5520187
Date: 04/07/2026                       Location: Infusion chair 4
Provider: Silas Amankwah, MSN, AGNP-C (dictating)   Collaborating MD: Ines Fairweather, MD

PROCEDURE: Zemaira (alpha-1 proteinase inhibitor [human]) IV infusion, weekly maintenance.

INDICATION: Alpha-1 antitrypsin deficiency, SERPINA1 Z/Mmalton (sequenced 2022, level 6.1 uM),
with emphysema. FEV1 52% predicted 01/2026, 55% in 01/2025. Former smoker, quit 2014 (12 pack-
years), cotinine negative 01/2026. On Stiolto and prn albuterol. Auth: Cobalt Health Partners
PA# CHP-A1P-118842, 01/01/2026 - 12/31/2026.

CONSENT: Ongoing treatment consent reviewed 01/06/2026, on file. Patient agrees to today's infusion.

PRE-PROCEDURE ASSESSMENT: Weight today 58.9 kg (down from 59.4 kg on 03/24). Temp 36.7, HR 76,
BP 112/70, RR 16, SpO2 95% RA at 1302. Lungs clear with decreased bases bilaterally. No recent
infection, no antibiotics or steroids in the past month. No rash. She reports one exacerbation in
the past 12 months versus four the year before she started Zemaira in 2022, and her home 6-minute
walk log is stable at ~410 m - she continues to benefit from augmentation. Loratadine 10 mg taken
at home this morning (her usual).

DESCRIPTION: 24 g PIV L hand placed at 1311, flushed. Calculated dose 60 mg/kg x 58.9 kg = 3,534
mg; pharmacy prepared 3,530 mg from one Zemaira 4 g kit, label potency 3,864 mg, lot P100640277,
exp 2027-11-30, reconstituted with the kit's 76 mL SWFI. Zemaira 3,530 mg (69.5 mL) infused
through a 5 micron filter by pump. Infusion start 13:20, end 13:39. The remaining 334 mg (~6.5 mL)
was discarded in the pharmacy waste bin, witnessed RN/RPh, and recorded on the recon sheet.

COMPLICATIONS: None. No flushing, urticaria, chest tightness or dyspnea. Pt denys pruritis.

DISPOSITION: Vitals at 1355 stable (BP 110/68, HR 74, SpO2 96%). PIV out at 1401, catheter intact.
Discharged home ambulatory at 1404. Next infusion 04/14/2026; epinephrine 0.3 mg IM would be used
if anaphylaxis ever occurred - none to date. Sister (PI*ZZ) also asking to transfer her infusions
here.

Dictated 04/07/2026 16:02 by S. Amankwah, AGNP-C / transcribed 04/08/2026 07:45 (rt)
"""

D2 = """
"Pharmacy A1PI Dose Reconciliation - Q2-2026 (working copy)",,,,,,,,,
"exported from A1PI_recon_Q2.xlsx / tab ZEMAIRA on 04/10/2026; merged cells export once",,,,,,,,,
RPh,Waste mg,Lot,Exp,Label mg,Given mg,Calc mg,Wt kg,Date,Patient
SL,338,P100621950,2027-09-30,3898,3560,3564,59.4,03/24/2026,"HOLLOWAY-BRANDT, JUNE (WB-5520187)"
DT,462,P100588120,2027-06-30,1004,3540,3546,59.1,03/31/2026,
,,P100588120,2027-06-30,1004,,,,,
,,P100590071,2027-07-31,998,,,,,
,,P100590071,2027-07-31,996,,,,,
SL,334,P100640277,2027-11-30,3864,3530,3534,58.9,04/07/2026,
DT,,,,,,,,04/14/2026,
"note 03/31: 4 g kit backordered - 4 x 1 g vials used",,,,,,,,,
"note 04/14: scheduled; not prepared",,,,,,,,,
"""

D3 = """
COASTAL GENOMICS LABORATORY - CLINICAL REPORT
Test: Alpha-1 Antitrypsin Deficiency Profile (serum level + SERPINA1 sequencing)
Patient: HOLLOWAY-BRANDT, JUNE M   DOB 12/03/1971   Collected 05/02/2022   Reported 05/11/2022
Ordering: Ines Fairweather, MD

Alpha-1 antitrypsin, serum ........ 6.1 umol/L      LOW     (reference 20-48 umol/L)

SERPINA1 sequencing (exons 2-5, flanking intronic regions)
  c.1096G>A   p.Glu366Lys   (PI*Z)         heterozygous    pathogenic
  c.226_228delTTC  p.Phe76del  (PI*Mmalton)  heterozygous    pathogenic

Result: COMPOUND HETEROZYGOUS, PI*Z / PI*Mmalton
Interpretation: Two pathogenic SERPINA1 alleles in trans (phase confirmed by parental testing not
performed; assumed in trans given the serum level). Mmalton is a deficiency allele that polymerizes
like Z; this combination is associated with severe deficiency and early-onset emphysema.
Recommend cascade testing of siblings and offspring.
Electronically signed: Kenji Albrecht, PhD, FACMG
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-04-07", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-04-10", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2022-05-11", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "INDICATION: Alpha-1 antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "MMALTON"], "_doc": "d3", "_ev": "COMPOUND HETEROZYGOUS, PI*Z / PI*Mmalton"},
    {"kind": "serum_aat", "value": 6.1, "unit": "uM", "_doc": "d3", "_ev": "6.1 umol/L      LOW"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "with emphysema. FEV1 52%"},
    {"kind": "fev1", "value": 52, "_doc": "d1", "_ev": "FEV1 52% predicted 01/2026"},
    {"kind": "fev1", "value": 55, "_doc": "d1", "_ev": "55% in 01/2025"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker, quit 2014"},
    {"kind": "weight", "value": 58.9, "unit": "kg", "value_kg": 58.9, "_date": "2026-04-07", "_doc": "d1", "_ev": "Weight today 58.9 kg"},
    {"kind": "weight", "value": 59.4, "unit": "kg", "value_kg": 59.4, "_date": "2026-03-24", "_doc": "d1", "_ev": "59.4 kg on 03/24"},
    {"kind": "weight", "value": 59.1, "unit": "kg", "value_kg": 59.1, "_date": "2026-03-31", "_doc": "d2", "_ev": "3546,59.1,03/31/2026", "_hdr": "Calc mg,Wt kg,Date"},
    {"kind": "dose", "value": 3530, "_doc": "d1", "_ev": "Zemaira 3,530 mg (69.5 mL) infused"},
    {"kind": "wastage", "value": 334, "_doc": "d1", "_ev": "The remaining 334 mg (~6.5 mL)\nwas discarded"},
    {"kind": "lot_number", "value": "P100640277", "_doc": "d1", "_ev": "lot P100640277"},
    {"kind": "expiration_date", "value": "2027-11-30", "_doc": "d1", "_ev": "exp 2027-11-30"},
    {"kind": "infusion_start", "value": "13:20", "_doc": "d1", "_ev": "Infusion start 13:20"},
    {"kind": "infusion_end", "value": "13:39", "_doc": "d1", "_ev": "end 13:39"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "she continues to benefit from augmentation"},
    {"kind": "prior_authorization", "value": "CHP-A1P-118842", "_doc": "d1", "_ev": "PA# CHP-A1P-118842"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "PROCEDURE: Zemaira"},
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
    "dos": "2026-04-07",
    "weight": {"value": 58.9, "unit": "kg", "kg": 58.9, "date": "2026-04-07"},
    "dose_mg": 3530,
    "target_mg": 3534.0,
    "tolerance_mg": 353.4,
    "deviation_pct": -0.11,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 353,
    "units_billed": 353,
    "waste_mg": 334,
    "jw_units_expected": 33,
    "jw_units_billed": 0,
    "modifiers": [],
    "expirations": ["2027-11-30"],
    "expiration_ok": True,
}

NOTES = """
Complete (commercial: waste documented, not billed, no JW/JZ). Recon CSV columns run RPh, Waste,
Lot, Exp, Label, Given, Calc, Wt, Date, Patient; Patient merged on first row. Traps: 03/24 and 03/31
groups (lots P100621950/P100588120/P100590071, wastes 338/462, given 3560/3540, calc mg), 04/14
scheduled row, label potencies 3,898/3,864/1,004..., calculation 3,534 mg, 76 mL SWFI, PIV 1311,
vitals 1302/1355, PIV out 1401, discharge 1404, dictation/transcription times, loratadine 10 mg,
hypothetical epinephrine 0.3 mg, sister PI*ZZ, reference 20-48 umol/L, "heterozygous" lines in a
Z/Mmalton report. The 03/24 and 03/31 weights are the patient's (listed); DOS weight 58.9 kg.
"""
