"""b26-006: commercial, 1 gap. Style (6): a multi-week infusion flowsheet whose units appear only in a
legend ("all doses and bottle contents in mg; Wt in kg"), numbers written with a space as thousands
separator ("4 320"). Glassia 4 bottles (1 084 + 1 076 + 1 080 + 1 080) = 4 320 mg at 72.0 kg.
Gap: units_match_dose conflict - J0257 billed 4320 units (the mg figure) instead of 432."""

CHART_ID = "b26-006"
DOS = "2026-03-03"
PAYER = {"profile": "commercial", "name": "Cascade Employer Health PPO"}
PRIOR_AUTH = "CEH-A1-55208"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 4320, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
SOUND VIEW INFUSION CENTER                      ALPHA-1 PI INFUSION FLOWSHEET (GLASSIA)
Patient: LINDQVIST, ANNIKA M     MRN 3390-7712     DOB 10/02/1976
Order: Glassia 60 mg/kg IV weekly, rate not to exceed 0.2 mL/kg/min   Prescriber: K. Haugen, MD
Authorization: CEH-A1-55208 (Cascade Employer Health), 11/15/2025 - 11/14/2026

Date      Wt     Bottles (label potency)          Lot / Exp              Given   Waste  Start  Stop   RN
--------  -----  -------------------------------  ---------------------  ------  -----  -----  -----  --
02/10/26  72.6   1 078 / 1 082 / 1 080 / 1 074    LK25K1186 / 2026-12    4 314   0      09:35  10:01  EB
02/17/26  72.3   1 078 / 1 082 / 1 080 / 1 074    LK25K1186 / 2026-12    4 314   0      09:30  09:55  EB
02/24/26  72.4   1 090 / 1 086 / 1 088 / 1 084    LK25L0419 / 2027-01    4 348   0      09:41  10:06  TN
03/03/26  72.0   1 084 / 1 076 / 1 080 / 1 080    LK25L2207 / 2027-02    4 320   0      09:32  09:58  TN
03/10/26  --     (scheduled)                      --                     --      --     09:30  --     --
--------  -----  -------------------------------  ---------------------  ------  -----  -----  -----  --
Legend: all doses, bottle contents and waste in mg; Wt in kg (chair scale, shoes off);
times are 24-hour. "Given" = amount infused. Glassia is billed per 10 mg (J0257).

DOSE CHECK 03/03/26 (RN x2)
  Ordered: 60 x 72.0 = 4 320        Bottles pulled: 4        Label total: 4 320
  Difference from calculated dose: 0 %        Verified: T. Nakashima RN / E. Bjork RN

NURSING NOTES
02/24/26  Mild headache after infusion, resolved with acetaminophen 500 mg PO x1 at 10:15.
03/03/26  Pt arrived 09:10, no complaints. Wt 72.0, BP 118/72, HR 70, SpO2 96%. PIV 24 g L hand
          09:22. Four bottles hung in sequence through 5 micron filter, run at 0.2 mL/kg/min
          (14.4 mL/min). No waste - all 4 bottles infused. No premeds. Post BP 116/70.
          PIV removed 10:03, left 10:08. - T. Nakashima RN
"""

D2 = """
HAUGEN PULMONARY CLINIC - FOLLOW-UP NOTE
Date: 01/27/2026      Clinician: Kristoffer Haugen, MD
Patient: Annika M. Lindqvist    49 y/o F    MRN 3390-7712

Subjective: Here for 6-month follow-up of alpha-1 antitrypsin deficiency (Mmalton/Mmalton)
with emphysema. On weekly Glassia at Sound View since 04/2024. She reports she is doing
better on the infusions: hiking again on weekends, no exacerbations since she started (two
courses of prednisone in the 12 months before). Never smoked; no vaping. Works as a software
tester, mostly remote. Sister tested in 2024 - Mmalton/M carrier with a normal level.

Objective: Wt 73.1 kg. BP 120/74. HR 68. SpO2 96% RA. Few end-expiratory crackles at bases.

Spirometry (values in L unless marked; % = percent of predicted):
  Date        FEV1   FEV1 %   FVC    FEV1/FVC
  01/27/2026  1.62   52       3.30   0.49
  02/2025     1.65   53       3.35   0.49
  03/2024     1.66   53       3.41   0.49   (pre-augmentation)

Assessment/Plan:
1. AATD, Mmalton homozygous, with panlobular emphysema - stable on augmentation: FEV1 flat
   over 2 years, exacerbation-free on therapy. Continue Glassia 60 mg/kg IV weekly.
   Cascade auth CEH-A1-55208 renewed through 11/2026.
2. Emphysema - continue tiotropium; pulmonary rehab maintenance.
3. Osteoporosis screening - DEXA ordered (prior steroid courses).
RTC 6 months.

K. Haugen, MD  01/27/2026
"""

D3 = """
PACIFIC GENOMICS LABORATORY - SERPINA1 SEQUENCING REPORT
Patient: LINDQVIST, ANNIKA M    DOB 10/02/1976    Accession PG-24-033187
Ordering: K. Haugen, MD       Collected 02/28/2024     Reported 03/12/2024

Results (concentrations in g/L; reference intervals in brackets)
  Alpha-1 antitrypsin, nephelometry ..... 0.36 g/L   [1.00 - 2.00]   LOW
  Phenotype (IEF) ....................... pattern not interpretable - variant band
  SERPINA1 full-gene sequencing ........ c.[227_229delTCT];[227_229delTCT]
                                          p.(Phe52del) homozygous = Mmalton / Mmalton

Interpretation: Homozygous for the Mmalton deficiency allele (PI*Mmalton/Mmalton). Mmalton
protein polymerizes and is poorly secreted; this genotype is associated with severe deficiency
and emphysema risk comparable to PI*ZZ. No S or Z allele detected.

Signed: R. Tanabe, MD, PhD (Molecular Pathology)   03/12/2024
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-03", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-01-27", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2024-03-12", "text": D3},
]

HDR = "Legend: all doses, bottle contents and waste in mg; Wt in kg"

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency (Mmalton/Mmalton)"},
    {"kind": "genotype", "alleles": ["MMALTON", "MMALTON"], "_doc": "d3", "_ev": "Homozygous for the Mmalton deficiency allele (PI*Mmalton/Mmalton)"},
    {"kind": "serum_aat", "value": 0.36, "unit": "g/L", "_doc": "d3", "_ev": "0.36 g/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "panlobular emphysema"},
    {"kind": "weight", "value": 72.0, "unit": "kg", "value_kg": 72.0, "_date": "2026-03-03", "_doc": "d1", "_ev": "03/03/26  72.0", "_hdr": HDR},
    {"kind": "weight", "value": 72.6, "unit": "kg", "value_kg": 72.6, "_date": "2026-02-10", "_doc": "d1", "_ev": "02/10/26  72.6", "_hdr": HDR},
    {"kind": "weight", "value": 72.3, "unit": "kg", "value_kg": 72.3, "_date": "2026-02-17", "_doc": "d1", "_ev": "02/17/26  72.3", "_hdr": HDR},
    {"kind": "weight", "value": 72.4, "unit": "kg", "value_kg": 72.4, "_date": "2026-02-24", "_doc": "d1", "_ev": "02/24/26  72.4", "_hdr": HDR},
    {"kind": "weight", "value": 73.1, "unit": "kg", "value_kg": 73.1, "_date": "2026-01-27", "_doc": "d2", "_ev": "Wt 73.1 kg"},
    {"kind": "dose", "value": 4320, "_doc": "d1", "_ev": "LK25L2207 / 2027-02    4 320", "_hdr": HDR},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "No waste - all 4 bottles infused"},
    {"kind": "lot_number", "value": "LK25L2207", "_doc": "d1", "_ev": "LK25L2207 / 2027-02"},
    {"kind": "expiration_date", "value": "2027-02", "_doc": "d1", "_ev": "LK25L2207 / 2027-02"},
    {"kind": "infusion_start", "value": "09:32", "_doc": "d1", "_ev": "4 320   0      09:32"},
    {"kind": "infusion_end", "value": "09:58", "_doc": "d1", "_ev": "4 320   0      09:32  09:58"},
    {"kind": "fev1", "value": 52, "_doc": "d2", "_ev": "01/27/2026  1.62   52", "_hdr": "% = percent of predicted"},
    {"kind": "fev1", "value": 53, "_doc": "d2", "_ev": "02/2025     1.65   53", "_hdr": "% = percent of predicted"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "stable on augmentation: FEV1 flat\n   over 2 years, exacerbation-free on therapy"},
    {"kind": "smoking_status", "value": "never", "_doc": "d2", "_ev": "Never smoked"},
    {"kind": "prior_authorization", "value": "CEH-A1-55208", "_doc": "d1", "_ev": "Authorization: CEH-A1-55208"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "ALPHA-1 PI INFUSION FLOWSHEET (GLASSIA)"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "conflict",
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
    "dos": "2026-03-03",
    "weight": {"value": 72.0, "unit": "kg", "kg": 72.0, "date": "2026-03-03"},
    "dose_mg": 4320,
    "target_mg": 4320.0,
    "tolerance_mg": 432.0,
    "deviation_pct": 0.0,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 432,
    "units_billed": 4320,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": [],
    "expirations": ["2027-02"],
    "expiration_ok": True,
}

NOTES = """
Gap: units_match_dose conflict - the administered J0257 line carries 4320 units, the mg figure,
while J0257 is per 10 mg (expected 432). Units appear only in the flowsheet legend (doses/waste mg,
Wt kg) and in the spirometry header ("% = percent of predicted"); numbers use a space as the
thousands separator ("4 320"). Multi-week flowsheet: only the 03/03/26 row is the DOS; earlier rows'
doses 4 314 / 4 348, lots LK25K1186 / LK25L0419, expirations and times are traps, their weights
72.6 / 72.3 / 72.4 kg are listed (historical weights), the 03/10 scheduled row documents nothing.
Traps: dose-check calculation "60 x 72.0 = 4 320" and label total; bottle potencies; acetaminophen
500 mg on 02/24; arrival 09:10, PIV 09:22, PIV out 10:03, left 10:08; rate 14.4 mL/min; sister
Mmalton/M carrier; reference [1.00 - 2.00]; pre-augmentation FEV1 53 % (same value as 02/2025).
Commercial, no JW/JZ, "No waste" documented -> wastage met. IEF phenotype uninterpretable (not a
result); sequencing Mmalton/Mmalton -> [MMALTON, MMALTON].
"""
