"""b25-006: commercial, 2 gaps. Styles (2) Epic notes with revision history + (4) full PFT report.
Prolastin-C 4 x 1,000 mg = 4,000 mg, J0256 400 (no modifier). FEV1 above 80 % predicted; no waste
statement."""

CHART_ID = "b25-006"
DOS = "2026-04-07"
PAYER = {"profile": "commercial", "name": "Blue Cross and Blue Shield of Illinois PPO"}
PRIOR_AUTH = "0098812245"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
Lakeview Northwestern Health                                  Printed 4/8/2026 6:55 AM
CASTELLANOS, ILSE M      MRN: 60044718      DOB: 1/17/1982 (44 yo F)
Encounter: 4/7/2026  Infusion - LNH Outpatient Infusion, Evanston - Ruiz-Patel, Amara MD

Nursing Note
Grace Oyelaran, RN at 4/7/2026 9:02 AM
   Author: Grace Oyelaran, RN    Service: Infusion Therapy    Author Type: Registered Nurse
   Filed: 4/7/2026 1:16 PM       Date of Service: 4/7/2026 9:02 AM    Status: Signed
   Editor: Grace Oyelaran, RN (Registered Nurse)

Weekly alpha-1 augmentation. BCBSIL auth# 0098812245 (valid through 10/31/2026).
Pt reports no fever, no new cough, no antibiotics. Busy week at work, otherwise well.
Wt 66.0 kg (standing). Temp 36.8 C  BP 112/70  Pulse 76  Resp 16  SpO2 97%  (0905)
PIV 24g R forearm at 0908, good blood return.
Prolastin-C (alpha1-proteinase inhibitor, human) 1,000 mg vials x 4, each reconstituted
with 20 mL SWFI; lot 2614A11, exp 11/30/2027.
Prolastin-C 4,000 mg IV given via 5 micron filter, 0.08 mL/kg/min.
Infusion start 0914, end 0929.
VS at end 0931: BP 110/68, P 78, SpO2 98%. No flushing, itching or SOB.
PIV removed 0940. Left unit ambulatory 0946. Next infusion 4/14/2026 0900.

Electronically signed by Grace Oyelaran, RN at 4/7/2026 1:16 PM

Revision History
     Date/Time             User                      Provider Type       Action
   > 4/7/2026  1:16 PM     Grace Oyelaran, RN        Registered Nurse    Sign
     4/7/2026  9:58 AM     Grace Oyelaran, RN        Registered Nurse    Sign
   Reason for revision: lot, expiration and times in the 9:58 AM version were carried
   forward from the 3/31/2026 note (copy-forward); corrected to today's carton and pump.

Previous Version (Grace Oyelaran, RN - 4/7/2026 9:58 AM)
   Filed by: Grace Oyelaran, RN   4/7/2026 9:58 AM
   Prolastin-C 1,000 mg vials x 4; lot 2610C04, exp 08/31/2027.
   Prolastin-C 4,000 mg IV via 5 micron filter.
   Infusion start 0910, end 0922.
"""

D2 = """
LAKEVIEW NORTHWESTERN HEALTH - PULMONARY FUNCTION LABORATORY, EVANSTON
COMPLETE PULMONARY FUNCTION TEST                           Accession: PFT-2026-031044
Patient: CASTELLANOS, ILSE M    MRN 60044718    DOB 01/17/1982   Sex F   Age 44
Test date: 03/10/2026 07:50      Ht 168 cm   Wt 66.4 kg   BMI 23.5
Ordering: Ruiz-Patel, Amara MD   Tech: S. Mwangi, RRT-NPS
Equations: GLI-2012 (spirometry), GLI-2017 (TLCO), GLI-2021 (volumes); race-neutral
BD: albuterol 4 x 90 mcg MDI/spacer, post at 15 min

SPIROMETRY        Pred   LLN    Pre    %Pred  Z      Post   %Pred  Z      Chg(mL)  Chg(%)
FVC (L)           3.64   2.95   3.55   98    -0.15   3.66   101    +0.03    110      +3
FEV1 (L)          2.91   2.36   2.38   82    -1.58   2.49   86     -1.25    110      +5
FEV1/FVC          0.80   0.70   0.67   --    -2.09   0.68   --     -1.94
FEF25-75 (L/s)    2.97   1.83   1.41   47    -2.27   1.59   54     -1.98    180     +13
PEF (L/s)         6.58   5.00   6.02   91    -0.58   6.31   96     -0.28

Pre trials  (FVC/FEV1 L): 3.55/2.38*  3.51/2.35  3.47/2.33
Post trials (FVC/FEV1 L): 3.62/2.46  3.66/2.49*  3.60/2.44       (* reported)
Quality: pre A / post A

LUNG VOLUMES - body box   Pred   LLN-ULN      Meas   %Pred   Z
TLC (L)                   5.31   4.38-6.24    5.74   108    +0.78
RV (L)                    1.63   1.13-2.13    2.15   132    +1.71
RV/TLC (%)                31     24-38        37      --    +1.40
FRC (L)                   2.83   2.01-3.65    3.12   110    +0.59

DIFFUSION                 Pred   LLN    Meas   %Pred   Z
DLCO (mL/min/mmHg)        23.9   18.3   14.6   61     -2.41
VA (L)                    5.02   4.21   4.88   97     -0.26
DLCO/VA                   4.76   3.85   2.99   63     -2.78

Prior: 03/2025 post-BD FEV1 2.52 L (87% pred); DLCO 65% pred.

INTERPRETATION: Mild obstructive ventilatory defect (FEV1/FVC below LLN, FEV1 within
normal limits). No significant bronchodilator response. Lung volumes normal with borderline
air trapping. Moderately reduced DLCO, out of proportion to the airflow limitation -
consistent with the known emphysema. Compared to 03/2025: FEV1 -30 mL, DLCO down 4 points.
Electronically signed: Ruiz-Patel, Amara MD  03/10/2026 16:02
"""

D3 = """
Lakeview Northwestern Health                                  Printed 4/8/2026 6:56 AM
CASTELLANOS, ILSE M      MRN: 60044718      DOB: 1/17/1982 (44 yo F)
Encounter: 3/10/2026  Office Visit - LNH Pulmonary, Evanston

Progress Notes
Jae-won Kim, MD (Resident) at 3/10/2026 10:40 AM
   Author: Jae-won Kim, MD      Service: Pulmonology    Author Type: Resident
   Filed: 3/10/2026 5:20 PM     Date of Service: 3/10/2026 10:40 AM    Status: Cosign Needed -> Signed
   Editor: Ruiz-Patel, Amara MD (Physician)
   Cosigner: Ruiz-Patel, Amara MD at 3/10/2026 5:20 PM

Subjective: 44F with alpha-1 antitrypsin deficiency (PI*ZZ; baseline AAT 4.8 umol/L in 2021)
and emphysema, on Prolastin-C weekly since 05/2022, here for annual review. Augmentation was
approved on CT densitometry decline despite preserved FEV1. No exacerbations in 2025. Runs
5 km twice a week. Lifelong never smoker. Mother PI*MZ; sister PI*ZZ, not on therapy.
Objective: Wt 66.4 kg. BP 110/72. SpO2 97% RA. Clear but quiet bases.
  PFT today: post-BD FEV1 2.49 L (86% pred), FEV1/FVC 0.68 (below LLN), DLCO 61% pred.
  CT densitometry 02/2026: PD15 decline 0.9 g/L/yr vs 2.4 g/L/yr before augmentation.
Assessment/Plan:
  1. AATD, PI*ZZ, with basal panlobular emphysema on CT - stable on augmentation: no
     exacerbations, lung-density loss slowed, exercise tolerance unchanged. Continue
     Prolastin-C 60 mg/kg IV weekly. BCBSIL reauthorization due 10/2026 (auth# 0098812245).
  2. Sister - encouraged specialist referral.
  3. Will repeat CT densitometry 02/2027.
Attending attestation: I saw and examined the patient with Dr. Kim and agree with the
findings and plan as documented. - A. Ruiz-Patel, MD

Revision History
     Date/Time             User                      Provider Type       Action
   > 3/10/2026 5:20 PM     Ruiz-Patel, Amara MD      Physician           Cosign
     3/10/2026 5:18 PM     Ruiz-Patel, Amara MD      Physician           Edit
     3/10/2026 12:05 PM    Jae-won Kim, MD           Resident            Sign
Previous Version (Jae-won Kim, MD - 3/10/2026 12:05 PM)
   Filed by: Jae-won Kim, MD   3/10/2026 12:05 PM
   PFT today: post-BD FEV1 2.49 L (62% pred), FEV1/FVC 0.68, DLCO 61% pred.
   [edited by attending 5:18 PM: FEV1 percent corrected to match PFT report]
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-04-07", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2026-03-10", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-03-10", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "AATD, PI*ZZ, with basal panlobular emphysema"},
    {"kind": "serum_aat", "value": 4.8, "unit": "uM", "_doc": "d3", "_ev": "baseline AAT 4.8 umol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "basal panlobular emphysema on CT"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d2", "_ev": "Mild obstructive ventilatory defect"},
    {"kind": "weight", "value": 66.0, "unit": "kg", "value_kg": 66.0, "_date": "2026-04-07", "_doc": "d1", "_ev": "Wt 66.0 kg (standing)"},
    {"kind": "weight", "value": 66.4, "unit": "kg", "value_kg": 66.4, "_date": "2026-03-10", "_doc": "d2", "_ev": "Wt 66.4 kg"},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "Prolastin-C 4,000 mg IV given"},
    {"kind": "lot_number", "value": "2614A11", "_doc": "d1", "_ev": "lot 2614A11"},
    {"kind": "expiration_date", "value": "2027-11-30", "_doc": "d1", "_ev": "lot 2614A11, exp 11/30/2027"},
    {"kind": "infusion_start", "value": "09:14", "_doc": "d1", "_ev": "Infusion start 0914"},
    {"kind": "infusion_end", "value": "09:29", "_doc": "d1", "_ev": "end 0929"},
    {"kind": "fev1", "value": 82, "_hdr": "%Pred", "_doc": "d2", "_ev": "FEV1 (L)          2.91   2.36   2.38   82"},
    {"kind": "fev1", "value": 86, "_doc": "d3", "_ev": "post-BD FEV1 2.49 L (86% pred)"},
    {"kind": "fev1", "value": 87, "_doc": "d2", "_ev": "FEV1 2.52 L (87% pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "stable on augmentation: no\n     exacerbations, lung-density loss slowed"},
    {"kind": "prior_authorization", "value": "0098812245", "_doc": "d1", "_ev": "BCBSIL auth# 0098812245"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Lifelong never smoker"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d1", "_ev": "Prolastin-C (alpha1-proteinase inhibitor, human) 1,000 mg vials x 4"},
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
    "wastage_documented": "missing",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "conflict",
}

ARITH = {
    "dos": "2026-04-07",
    "weight": {"value": 66.0, "unit": "kg", "kg": 66.0, "date": "2026-04-07"},
    "dose_mg": 4000,
    "target_mg": 3960.0,
    "tolerance_mg": 396.0,
    "deviation_pct": 1.01,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 400,
    "units_billed": 400,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": 0,
    "modifiers": [],
    "expirations": ["2027-11-30"],
    "expiration_ok": True,
}

NOTES = """
Gaps: fev1_range conflict (every FEV1 %pred documented is above 80: PFT pre 82, post 86, prior
87; the resident's "62% pred" was a typo corrected by the attending and is superseded);
wastage_documented missing (commercial claim without JW/JZ and nothing said about waste on the
DOS). Revision history: the 9:58 AM version's lot 2610C04, exp 08/31/2027 and times 0910-0922
were copied forward from 3/31/2026 and are superseded by the signed version (lot 2614A11,
exp 11/30/2027, 0914-0929). Traps: VS 0905/0931, PIV 0908/0940, departure 0946, next infusion
4/14 0900; 20 mL SWFI per vial; auth validity date; PFT LLN/z-scores, FEV1/FVC 0.67-0.68,
FEF25-75 and PEF %pred, DLCO 61 %; CT PD15 g/L/yr (not a serum level); mother PI*MZ and sister
PI*ZZ are family. 66.0 kg (DOS) governs; 4,000 mg is +1.0 %.
"""
