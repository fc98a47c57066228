"""b25-003: commercial, complete. Styles (3) letter of medical necessity with tables + (4) full PFT
report. Zemaira 4 g kit (actual 3,860 mg) given whole, no waste, J0256 386 JZ."""

CHART_ID = "b25-003"
DOS = "2026-01-20"
PAYER = {"profile": "commercial", "name": "Aetna Choice POS II"}
PRIOR_AUTH = "A1P-8812044126"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 386, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
NORTHFIELD SPECIALTY INFUSION - OUTPATIENT INFUSION RECORD
Patient: BRANDVOLD, TESSA K     DOB 06/30/1978     Acct 771203-09     Chair 7
Payer: Aetna Choice POS II    Auth: A1P-8812044126 (01/01/2026 - 12/31/2026, 52 visits)
Date of service: 01/20/2026    Nurse: K. Ostrander, RN    Ordering: M. Lindahl, MD
Order: Zemaira (alpha1-proteinase inhibitor, human) 60 mg/kg IV once weekly.
       Pharmacy may round to the nearest kit/vial combination within 10%.
       Premed: cetirizine 10 mg PO (hx urticaria with Prolastin-C, 2021).
Allergies: Prolastin-C (urticaria); latex (rash)

TIME   EVENT / ASSESSMENT
0902   Arrived, ambulatory. Denies fever, URI sx, new meds. No exacerbation since last visit.
0906   Wt 63.5 kg (chair scale)   Ht 165 cm
0908   VS: BP 118/72  HR 84  RR 16  T 36.6  SpO2 95% RA
0912   Cetirizine 10 mg PO given (lot 4RK219, exp 08/2027)
0918   PIV 24g R hand, 1st attempt, +blood return, NS flush 10 mL
0921   Calc dose 60 mg/kg x 63.5 kg = 3,810 mg -> dispensed Zemaira 4 g kit,
       actual potency on carton 3,860 mg (within 10%, per rounding policy)
0926   Reconstituted with 76 mL SWFI (diluent lot 25SW117) via transfer device
       Zemaira lot P100622914, exp 2027-10-31
0934   Infusion started via 5 micron filter, ~4.9 mL/min (0.08 mL/kg/min)
0950   VS: BP 116/70  HR 82  SpO2 96%. No flushing, hives or dyspnea.
0952   Infusion completed. Zemaira 3,860 mg given, entire vial - no waste
0955   NS flush 10 mL
1010   VS: BP 120/74  HR 80  SpO2 96%
1014   PIV removed intact. Discharged ambulatory with husband.
Next visit: 01/27/2026 0900.    Signed: K. Ostrander, RN 01/20/2026 1031
"""

D2 = """
NORTHFIELD PULMONARY & SLEEP ASSOCIATES
2200 Wexley Parkway, Suite 300, Northfield, MN 55057  |  Tel 507-555-0143  |  Fax 507-555-0199

December 2, 2025

Aetna Pharmacy Management - Specialty Medical Drug Review
Re: Letter of Medical Necessity and Physician Attestation - reauthorization
Member: Tessa K. Brandvold    DOB: 06/30/1978    Member ID: W2288104517
Drug: Zemaira (alpha1-proteinase inhibitor [human]) 60 mg/kg IV weekly    HCPCS J0256
Diagnoses: E88.01 Alpha-1-antitrypsin deficiency; J43.1 Panlobular emphysema

To the reviewer:
I am requesting renewal of Ms. Brandvold's authorization for weekly Zemaira, which expires
12/31/2025. She is a 47-year-old lifelong never-smoker with severe alpha-1 antitrypsin
deficiency, PI*ZZ, and CT-proven panlobular emphysema (lower-lobe predominant, 03/2019).
Her current weight is 64.1 kg (11/18/2025). Augmentation began 02/2020 with Prolastin-C; she
developed recurrent urticaria and was changed to Zemaira in 06/2021, which she has tolerated.
The least-cost-brand requirement was met by that trial.

Table 1. Diagnostic laboratory results
  Date        Test                                   Result       Reference
  03/11/2019  Alpha-1 antitrypsin (nephelometry)     24 mg/dL     100-190 mg/dL
  03/11/2019  AAT phenotype (isoelectric focusing)   ZZ           MM
  04/02/2019  SERPINA1 genotype (S/Z targeted)       PI*ZZ        --
  03/11/2019  C-reactive protein                     1.8 mg/L     <8 mg/L
  03/11/2019  IgA                                    164 mg/dL    70-400 mg/dL

Table 2. Spirometry by year (post-bronchodilator)
  Date        FEV1 (L)   FEV1 % pred   FVC (L)   FEV1/FVC   DLCO % pred
  03/2019     1.98       62            3.52      0.56       58
  11/2021     1.86       58            3.47      0.54       56
  11/2023     1.80       57            3.41      0.53       54
  11/2025     1.75       55            3.39      0.52       52
  Mean FEV1 decline on augmentation 2021-2025: 28 mL/yr (vs about 45 mL/yr 2019-2021).

Table 3. Exacerbations by year (requiring steroids and/or antibiotics)
  Year   Count   Hospitalized   Comment
  2018   3       1              pre-diagnosis
  2019   4       1              diagnosed 03/2019
  2020   2       0              augmentation started 02/2020
  2021   1       0              switched to Zemaira 06/2021
  2022   1       0
  2023   0       0
  2024   1       0
  2025   0       0              through 11/30/2025

Your policy (CPB 0145) lists pretreatment serum AAT <11 micromol/L (80 mg/dL by radial
immunodiffusion or 50 mg/dL by nephelometry), post-bronchodilator FEV1 >= 25% and <= 80%
predicted, and exclusion of PiMZ/PiMS. Ms. Brandvold meets each criterion as shown above.
I attest that she has had a positive clinical response to augmentation (Tables 2 and 3),
remains a never-smoker, and continues optimal inhaled therapy (budesonide-glycopyrrolate-
formoterol 2 puffs BID). Please approve 12 months of weekly infusions.

Sincerely,
Marit Lindahl, MD, FCCP    NPI 1558XXXXXX
Electronically signed 12/02/2025 16:20
"""

D3 = """
NORTHFIELD PULMONARY & SLEEP ASSOCIATES - PULMONARY FUNCTION LAB
Full PFT Report                                       Study ID: PF-25-11-0218
Patient: BRANDVOLD, TESSA K    DOB: 06/30/1978    Sex: F    Age: 47
Test date: 11/18/2025 08:30    Height: 165 cm    Weight: 64.1 kg
Technician: D. Ferraro, RPFT    Predicted: GLI 2012 / GLI 2017 (DLCO) / ITS (volumes)
Bronchodilator: levalbuterol 1.25 mg neb; post at 20 min

                     Pred    LLN   Pre   %Pred  z-score   Post  %Pred  z-score  %Chg
FVC (L)              3.62   2.89  3.30    91    -0.72    3.39    94    -0.51    +3
FEV1 (L)             3.18   2.54  1.68    53    -3.62    1.75    55    -3.49    +4
FEV1/FVC (%)         83.4   72.1  50.9    --    -3.88    51.6    --    -3.82
FEF 25-75 (L/s)      3.11   1.83  0.62    20    -3.60    0.68    22    -3.52   +10

Trials (Pre)   FEV1 1.68 / 1.65 / 1.61   FVC 3.30 / 3.27 / 3.22   best 1.68 / 3.30
Trials (Post)  FEV1 1.75 / 1.72 / 1.70   FVC 3.39 / 3.35 / 3.31   best 1.75 / 3.39
ATS/ERS acceptability: pre 3/3, post 3/3; repeatability grade A

Lung volumes (N2 washout)    Pred   LLN/ULN      Meas   %Pred   z
TLC (L)                      5.18   4.27/6.09    6.11   118    +1.69
RV (L)                       1.71   1.19/2.23    2.79   163    +3.41
RV/TLC (%)                   33     26/40        46      --    +2.92
DLCO (mL/min/mmHg)           22.1   16.8         11.5    52    -3.18
DLCO/VA                      4.55   3.58         2.69    59    -2.87

Previous: 11/2024 post-BD FEV1 1.77 L.

Interpretation: Moderately severe obstructive ventilatory defect; FEV1/FVC below the
LLN. No significant response to bronchodilator (+70 mL, +4%). Hyperinflation and air
trapping. Moderate reduction in DLCO. Compatible with the patient's known emphysema.
FEV1 down 20 mL from 11/2024.
Reviewed and signed: Marit Lindahl, MD   11/18/2025 14:05
"""

D4 = """
NORTHFIELD PULMONARY & SLEEP ASSOCIATES - OFFICE VISIT
DOS: 11/18/2025      Provider: Marit Lindahl, MD
Patient: Brandvold, Tessa K    DOB 06/30/1978

S: Annual AATD review. Weekly Zemaira at Northfield Specialty Infusion, no missed doses
since summer. Dyspnea unchanged, mMRC 1; skis cross-country on weekends. No exacerbation in
2025. Never smoker; husband quit 2015. Sister tested PI*MS, level 112 mg/dL.
O: Wt 64.1 kg, BP 114/70, SpO2 96% RA. Lungs with decreased air entry at the bases. PFT
today reviewed (separate report).
A: Alpha-1 antitrypsin deficiency, PI*ZZ, with panlobular emphysema. She has responded well
   to augmentation: 0-1 exacerbations per year on therapy versus 3-4 per year before, and
   FEV1 loss has slowed to about 20-30 mL/yr.
P: Continue Zemaira 60 mg/kg IV weekly; LMN for the 2026 renewal to be sent. Continue
   Breztri 2 puffs BID. Flu vaccine given today (lot FL25-6612). RTC 6 months.
   If she develops urticaria again, would premedicate and consider Glassia.
Signed electronically: M. Lindahl, MD 11/18/2025 17:44
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-20", "text": D1},
    {"id": "d2", "type": "other", "date": "2025-12-02", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2025-11-18", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2025-11-18", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "E88.01 Alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "SERPINA1 genotype (S/Z targeted)       PI*ZZ"},
    {"kind": "serum_aat", "value": 24, "unit": "mg/dL", "_doc": "d2", "_ev": "Alpha-1 antitrypsin (nephelometry)     24 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "CT-proven panlobular emphysema"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d3", "_ev": "Moderately severe obstructive ventilatory defect"},
    {"kind": "weight", "value": 63.5, "unit": "kg", "value_kg": 63.5, "_date": "2026-01-20", "_doc": "d1", "_ev": "Wt 63.5 kg (chair scale)"},
    {"kind": "weight", "value": 64.1, "unit": "kg", "value_kg": 64.1, "_date": "2025-11-18", "_doc": "d3", "_ev": "Weight: 64.1 kg"},
    {"kind": "dose", "value": 3860, "_doc": "d1", "_ev": "Zemaira 3,860 mg given, entire vial - no waste"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "entire vial - no waste"},
    {"kind": "lot_number", "value": "P100622914", "_doc": "d1", "_ev": "Zemaira lot P100622914"},
    {"kind": "expiration_date", "value": "2027-10-31", "_doc": "d1", "_ev": "Zemaira lot P100622914, exp 2027-10-31"},
    {"kind": "infusion_start", "value": "09:34", "_doc": "d1", "_ev": "0934   Infusion started"},
    {"kind": "infusion_end", "value": "09:52", "_doc": "d1", "_ev": "0952   Infusion completed"},
    {"kind": "fev1", "value": 62, "_hdr": "FEV1 % pred", "_doc": "d2", "_ev": "03/2019     1.98       62"},
    {"kind": "fev1", "value": 58, "_hdr": "FEV1 % pred", "_doc": "d2", "_ev": "11/2021     1.86       58"},
    {"kind": "fev1", "value": 57, "_hdr": "FEV1 % pred", "_doc": "d2", "_ev": "11/2023     1.80       57"},
    {"kind": "fev1", "value": 55, "_hdr": "FEV1 % pred", "_doc": "d2", "_ev": "11/2025     1.75       55"},
    {"kind": "fev1", "value": 53, "_hdr": "%Pred", "_doc": "d3", "_ev": "FEV1 (L)             3.18   2.54  1.68    53"},
    {"kind": "response_to_therapy", "_doc": "d4", "_ev": "She has responded well\n   to augmentation: 0-1 exacerbations per year on therapy versus 3-4 per year before"},
    {"kind": "prior_authorization", "value": "A1P-8812044126", "_doc": "d1", "_ev": "Auth: A1P-8812044126"},
    {"kind": "smoking_status", "value": "never", "_doc": "d2", "_ev": "lifelong never-smoker"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "dispensed Zemaira 4 g kit"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d2", "_ev": "Augmentation began 02/2020 with Prolastin-C"},
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
    "dos": "2026-01-20",
    "weight": {"value": 63.5, "unit": "kg", "kg": 63.5, "date": "2026-01-20"},
    "dose_mg": 3860,
    "target_mg": 3810.0,
    "tolerance_mg": 381.0,
    "deviation_pct": 1.31,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 386,
    "units_billed": 386,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-10-31"],
    "expiration_ok": True,
}

NOTES = """
Complete. Timed infusion-record rows (0934 start, 0952 end), a reauthorization LMN with three
tables (labs, spirometry by year, exacerbations by year) and a full PFT report. Traps: calculated
3,810 mg and the "4 g kit" size (dose is the carton's actual 3,860 mg, within 10 %); cetirizine
10 mg with its own lot/exp; SWFI diluent lot and 76 mL; arrival 0902, VS 0908/0950/1010, PIV 0918,
flush 0955, discharge 1014, signature 1031, next visit 01/27 0900; policy thresholds quoted from
CPB 0145 (<11 umol/L, 80/50 mg/dL, FEV1 25-80 %) are not findings; reference ranges and "MM"
reference; sister PI*MS 112 mg/dL; husband quit 2015; flu vaccine lot; hypothetical Glassia.
FEV1 %pred findings: 62, 58, 57, 55 (LMN table) and the PFT's pre 53 (post 55 = the LMN's 11/2025 row) - all within
25-80. DLCO, FEF25-75 and FVC %pred are not FEV1. Prolastin-C is a historical product (listed);
J0256 covers both. Response comes from the progress note; the LMN attestation is typed other.
"""
