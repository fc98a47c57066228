D1 = """
ST. BRENDAN MEDICAL CENTER - PULMONARY FUNCTION LABORATORY
COMPLETE PULMONARY FUNCTION REPORT

Name: TALLIS, GREGORY P          ID: SB-4410297       DOB: 06/11/1967 (58 y)    Sex: Male
Test date: 08/19/2025  08:05     Height: 180 cm       Weight: 81.2 kg           BMI: 25.1
Referring: N. Castellano, MD     Technician: R. Dube, RRT, RPFT                Race-neutral GLI
Diagnosis code on order: E88.01, J43.1       Reference set: GLI-2012 spirometry / GLI-2017 DLCO / ERS-93 volumes

SPIROMETRY                 Pred     LLN     PRE     %Pred   Z-score   POST    %Pred   %Chg
FVC            (L)         4.62     3.70    3.05    66      -2.64     3.21    69      +5
FEV1           (L)         3.60     2.84    1.62    45      -3.91     1.73    48      +7
FEV1/FVC       (%)         78       68      53      --      -3.20     54      --
FEF25-75%      (L/s)       3.21     1.80    0.58    18      --        0.63    20      +9
PEF            (L/s)       9.05     6.90    4.10    45      --        4.38    48      +7
FET            (s)         --       --      13.8    --      --        14.1    --

LUNG VOLUMES (body plethysmography)
                           Pred     LLN     PRE     %Pred
TLC            (L)         6.74     5.60    7.95    118
VC             (L)         4.62     3.70    3.12    68
FRC pleth      (L)         3.52     2.60    5.70    162
RV             (L)         2.42     1.80    4.48    185
RV/TLC         (%)         36       --      56      156

DIFFUSING CAPACITY (single breath)
DLCO           (mL/min/mmHg)   27.6   20.9    11.6    42
DLCO corr Hb   (Hb 14.2 g/dL)  27.6   20.9    11.7    42
VA             (L)         6.55     5.40    5.90    90
KCO (DLCO/VA)              4.21     --      1.98    47

FLOW-VOLUME LOOP DESCRIPTION
Pre and post loops: expiratory limb shows a sharp early peak followed by a concave, "scooped" descending
limb with low terminal flows; no plateau. Inspiratory limb normal in shape and magnitude - no evidence of
upper-airway obstruction. Post-bronchodilator loop superimposable on pre.

TECHNICIAN COMMENTS
Pt performed 4 FVC maneuvers pre and 3 post; 3 acceptable each session. Repeatability: FEV1 within 80 mL,
FVC within 110 mL (ATS/ERS 2019 criteria met, grade A). Albuterol 360 mcg (4 puffs) via spacer at 08:31;
post testing at 08:48. Last bronchodilator at home: Stiolto 07:00 today (not withheld - noted). Pleth:
3 acceptable FRC panting maneuvers, good closure. DLCO: 2 acceptable, VI 94% of VC, BHT 10.2 s, values
within 0.9 units. Hb entered from 08/12/2025 CBC. Good effort and cooperation throughout.

INTERPRETATION
1. Severe obstructive ventilatory defect (FEV1/FVC 53%, below LLN; FEV1 45% predicted, z -3.91).
2. No significant bronchodilator response (FEV1 +110 mL, +7%).
3. Hyperinflation (TLC 118%) and marked gas trapping (RV 185%, RV/TLC 56%).
4. Severely reduced diffusing capacity, not explained by Hb.
5. Compared with 08/20/2024: post-BD FEV1 1.73 L today vs 1.79 L (47% predicted on the older reference
   set), decline of 60 mL in one year; DLCO essentially unchanged (43% -> 42%).

Interpreted by: Naomi Castellano, MD, Pulmonary   08/19/2025 14:10
"""

D2 = """
St. Brendan Pulmonary Associates
OFFICE VISIT  09/02/2025
Gregory P. Tallis  |  58 y.o. male  |  MRN SB-4410297  |  Empire BCBS PPO

Chief complaint: AATD follow-up, review PFTs

History of present illness:
Mr. Tallis has alpha-1 antitrypsin deficiency with a PI*Z/null genotype: SERPINA1 full-gene sequencing
(2018, ARUP) found c.1096G>A (p.Glu366Lys; Z) and c.1158dupC (a null, QOclayton-type frameshift).
Serum AAT was 11 mg/dL
(immunoturbidimetry, 03/2018). CT 2018 and 2023: panlobular emphysema, lower lobes. He has received Aralast
NP weekly since 06/2018. Before augmentation his FEV1 fell about 110 mL/yr (2014-2018); since 2018 the
decline is roughly 50 mL/yr, and he has had no hospitalization for breathing since 2017. He remains
active - carpentry, walks the dog 2 miles. Occasional morning cough, white sputum.

Smoking: former, 25 pack-years, quit 2010. No vaping. Lives with wife; no pets besides the dog.

Current medications:
 - Stiolto Respimat 2.5/2.5 mcg 2 inhalations daily
 - Albuterol HFA 90 mcg prn
 - Aralast NP 60 mg/kg IV weekly (hospital infusion center)
 - Losartan 50 mg daily; omeprazole 20 mg daily

Vitals: BP 128/82, HR 72, SpO2 95% RA, Wt 80.9 kg

PFT 08/19/2025 reviewed with patient (see report): post-BD FEV1 1.73 L (48% predicted), severe obstruction,
gas trapping, DLCO 42%.

Assessment:
1. Alpha-1 antitrypsin deficiency, PI*Z/null, with panlobular emphysema and severe airflow obstruction.
   Augmentation response: slower FEV1 decline than before treatment, no hospitalizations, functional
   status maintained. Continue.
2. GERD - stable.

Plan:
- Continue Aralast NP 60 mg/kg weekly; prior authorization renewed through 04/2026 (on file with
  infusion center).
- Pulmonary rehab maintenance.
- Annual CT lung-cancer screening not applicable (quit > 15 yr); CT emphysema follow-up 2028.
- Follow up 6 months.

Naomi Castellano, MD
"""

D3 = """
ST. BRENDAN OUTPATIENT INFUSION - MEDICATION ADMINISTRATION SUMMARY
Patient: TALLIS, GREGORY P   MRN SB-4410297   Encounter date 10/07/2025   Location: OPI Chair 12

Weight (10/07/25 1031): 80.6 kg      Height: 180 cm      BSA 2.01 m2
Allergies: penicillin (hives)

alpha1-proteinase inhibitor (ARALAST NP) 5,000 mg in sterile water IV infusion
   Order: 60 mg/kg (dose rounded to nearest 1,000 mg vial)   Ordering: Castellano, Naomi
   Dispensed: Aralast NP 1,000 mg vials x 5, Lot LA107762, Exp 14-Dec-2026, NDC 0944-2815-xx
   Concentration after reconstitution: 20 mg/mL, total 250 mL

MAR ACTIONS
   10/07/25 1040   Verify                 (pharmacist K. Ibe)
   10/07/25 1058   Patient scanned / product scanned   (RN L. Moreau)
   10/07/25 1102   New Bag / Given        Dose: 5,000 mg   Rate: 6.4 mL/min   Site: R forearm PIV
   10/07/25 1112   Rate verify            6.4 mL/min, no reaction
   10/07/25 1144   Stopped                Infusion complete, bag empty
   10/07/25 1146   Flush                  NS 20 mL

Other medications this visit: none.

Waste: none (whole vials, full volume infused).

VITALS
   1031  T 36.5  HR 70  BP 126/80  RR 16  SpO2 95%
   1120  HR 72   BP 122/78  SpO2 95%
   1150  HR 70   BP 124/78  SpO2 96%

Discharge 1158, ambulatory, no adverse reaction.
Charges: J0256 x 500 JZ (Aralast NP 5,000 mg); 96365; 96366 x0
Documented by: Lucie Moreau, RN   10/07/25 1204
"""

CHART = {
    "chart_id": "b11-008",
    "date_of_service": "2025-10-07",
    "payer": {"profile": "commercial", "name": "Empire BCBS PPO"},
    "prior_authorization": "EBC-2025-AU-7781204",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "lab_report", "date": "2025-08-19", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2025-09-02", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2025-10-07", "text": D3},
    ],
}

ARITH = {"profile": "commercial", "dos_weight_kg": 80.6, "dose_mg": 5000, "waste_mg": 0,
         "expirations": ["2026-12-14"], "start": "11:02", "end": "11:44", "products": ["Aralast NP"]}

GOLD = {
    "chart_id": "b11-008",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "NULL"]},
        {"kind": "serum_aat", "value": 11, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 45},
        {"kind": "fev1", "value": 48},
        {"kind": "fev1", "value": 47},
        {"kind": "weight", "value": 81.2, "unit": "kg", "value_kg": 81.2},
        {"kind": "weight", "value": 80.9, "unit": "kg", "value_kg": 80.9},
        {"kind": "weight", "value": 80.6, "unit": "kg", "value_kg": 80.6},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LA107762"},
        {"kind": "expiration_date", "value": "2026-12-14"},
        {"kind": "infusion_start", "value": "11:02"},
        {"kind": "infusion_end", "value": "11:44"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Aralast NP"},
    ],
    "notes": (
        "Complete commercial chart built around a full PFT lab report (d1). Genotype PI*Z/null by sequencing "
        "(c.1096G>A + null frameshift) -> [Z, NULL]. Serum AAT "
        "11 mg/dL (below 57 mg/dL; the number 11 is not the 11 uM threshold). FEV1 % predicted 45 (pre), "
        "48 (post), 47 (2024) all within 25-80. PA only in the chart field (EBC-2025-AU-7781204); the note "
        "says 'renewed ... on file' with no number, so no PA finding. DOS 2025-10-07 weight 80.6 kg; 60 x "
        "80.6 = 4836; given 5000 mg = +3.4 %. J0256 ceil(5000/10) = 500 JZ, 'Waste: none'. Lot LA107762 exp "
        "14-Dec-2026. MAR 'New Bag / Given' 1102 = start, 'Stopped' 1144 = stop. Former smoker. Response in "
        "d2. Traps: PFT predicted/LLN/z-scores, FVC 66/69 %, FEF25-75 18/20 %, PEF 45/48 % (PEF % equals "
        "FEV1 % but is not FEV1), TLC 118 %, RV 185 %, DLCO 42/43 %, albuterol 360 mcg at 08:31, post 08:48, "
        "test 08:05, Stiolto 07:00; weights 81.2 (PFT) and 80.9 (office) are weight findings not nearest "
        "DOS; 1,000 mg vials x5, 20 mg/mL, 250 mL; pharmacist verify 1040, scan 1058, rate verify 1112, "
        "flush 1146, vitals 1031/1120/1150, discharge 1158; losartan 50 mg, omeprazole 20 mg."
    ),
}
