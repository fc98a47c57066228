# b7-013: Cerner/PowerChart-style hospital outpatient infusion (clinical-event rows), physician note,
# older note, labs. Medicaid managed care. Prolastin-C (lyophilized) J0256 JZ.
# Gaps: dose 4,000 mg not within 10% of 60 mg/kg x current 52.1 kg; one vial lot expired before DOS.

IVIEW = """
PowerChart - Interactive View and I&O  (printed 02/10/2026 14:51)
Patient: OYELOWO-BRANDT, CELESTE    MRN: 2047719    FIN: 880114562    Location: OPIC Bay 4
DOB: 09/14/1962   Age: 63 years   Sex: Female   Attending: Farouk Haddad, MD
Encounter type: Outpatient infusion (recurring)   Plan: Aetna Better Health of Kentucky

Clinical Event                      Result                               Date/Time          Performed By
----------------------------------  -----------------------------------  -----------------  ----------------
Arrival to Unit                     Ambulatory                           02/10/2026 12:48   Saunders, Paige RN
Temperature Oral                    36.7 DegC                            02/10/2026 12:55   Saunders, Paige RN
Heart Rate Monitored                92 bpm                               02/10/2026 12:55   Saunders, Paige RN
Blood Pressure                      104/66 mmHg                          02/10/2026 12:55   Saunders, Paige RN
SpO2                                94 %                                 02/10/2026 12:55   Saunders, Paige RN
Weight Measured                     52.1 kg                              02/10/2026 12:57   Saunders, Paige RN
Weight Change Since Last Visit      -0.6 kg                              02/10/2026 12:57   Saunders, Paige RN
Peripheral IV Insertion             24 ga, R forearm, 1 attempt          02/10/2026 13:06   Saunders, Paige RN
MAR: alpha1-proteinase inhibitor    4,000 mg IV, Prolastin-C 1,000 mg    02/10/2026 13:12   Saunders, Paige RN
  (PROLASTIN-C) 60 mg/kg            vial x4 reconstituted (SWFI 20 mL ea)
Product Lot Number                  26K1304 (vials 1-3)                  02/10/2026 13:12   Saunders, Paige RN
Product Expiration Date             07/31/2026 (vials 1-3)               02/10/2026 13:12   Saunders, Paige RN
Product Lot Number                  25H0987 (vial 4)                     02/10/2026 13:12   Saunders, Paige RN
Product Expiration Date             JAN 2026 (vial 4)                    02/10/2026 13:12   Saunders, Paige RN
Infusion Begin                      4,000 mg / 80 mL                     02/10/2026 13:20   Saunders, Paige RN
Infusion Rate                       4.2 mL/min                           02/10/2026 13:20   Saunders, Paige RN
Heart Rate Monitored                90 bpm                               02/10/2026 13:35   Saunders, Paige RN
Blood Pressure                      102/64 mmHg                          02/10/2026 13:35   Saunders, Paige RN
Infusion End                        80 mL infused (4,000 mg)             02/10/2026 13:40   Saunders, Paige RN
Drug Waste                          0 mg - all 4 vials used              02/10/2026 13:41   Saunders, Paige RN
Adverse Reaction                    None                                 02/10/2026 13:41   Saunders, Paige RN
Peripheral IV Removal               Catheter intact                      02/10/2026 14:02   Saunders, Paige RN
Discharge from Unit                 Home with spouse                     02/10/2026 14:10   Saunders, Paige RN

Prior encounter values (02/03/2026): Weight Measured 52.7 kg; MAR 4,000 mg; Infusion Begin
13:15; Infusion End 13:36.
"""

MD_NOTE = """
PULMONARY MEDICINE PROGRESS NOTE
Celeste Oyelowo-Brandt | 63 y.o. female | MRN 2047719 | 02/10/2026
Author: Farouk Haddad, MD

Subjective:
Seen in OPIC for weekly augmentation. Continued unintentional weight loss: 68.0 kg in
08/2025, 52.7 kg last week, 52.1 kg today. Early satiety, no dysphagia. GI (Dr. Pillai)
scheduled EGD/colonoscopy 02/19; CT abd/pelvis 01/2026 without mass, liver normal
contour. Breathing unchanged. No exacerbations since 2024. Never smoker.

Objective:
BP 104/66, HR 92, SpO2 94% RA, Wt 52.1 kg (BMI 19.6).
Lungs: distant breath sounds, no wheeze or crackles.
Labs 02/03: albumin 3.1, AAT trough 12.4 umol/L, LFTs normal.
Spirometry 11/2025: FEV1 1.08 L (46% predicted), prior 1.11 L (11/2024).

Assessment/Plan:
1. Alpha-1 antitrypsin deficiency (PI*ZZ) with emphysema on augmentation since 2018 -
   stable on therapy: FEV1 1.11 -> 1.08 L over a year, no exacerbations.
   Standing order is still written for 4,000 mg (set when she weighed 68 kg). At her
   current weight 60 mg/kg is about 3,130 mg; will rewrite order to 3,000 mg (3 vials)
   starting 02/17.
   Today's dose was given from the existing order before I saw her.
2. Unintentional weight loss - GI workup as above; nutrition referral; Ensure TID.
3. COPD maintenance - continue Spiriva Respimat 2.5 mcg 2 puffs daily and Wixela.
Farouk Haddad, MD  02/10/2026 14:35
"""

OLD_NOTE = """
PULMONARY MEDICINE PROGRESS NOTE  - 08/12/2025
Celeste Oyelowo-Brandt | 62 y.o. female | MRN 2047719 | Author: Farouk Haddad, MD

62-year-old woman with alpha-1 antitrypsin deficiency, PI*ZZ (diagnosed 2017, baseline
AAT 26 mg/dL), panlobular emphysema, on weekly Prolastin-C since 2018. Stable.
Never smoker. Wt 68.0 kg. FEV1 1.10 L (47% predicted) 05/2025.
Meds: Spiriva Respimat 2.5 mcg 2 puffs daily, Wixela 250/50 BID, albuterol PRN,
omeprazole 20 mg, calcium + D, Prolastin-C weekly.
Exam: BP 118/72, HR 80, SpO2 95% RA. Lungs diminished at bases, no wheeze.
Hx: no liver disease; LFTs normal 05/2025. No exacerbations in 2025.
Plan: continue Prolastin-C 60 mg/kg x 68 kg = 4,080 mg -> 4,000 mg (4 x 1 g vials)
weekly at OPIC. Reassess 6 months.
Farouk Haddad, MD
"""

LAB = """
LABORATORY RESULTS - CUMULATIVE
OYELOWO-BRANDT, CELESTE   MRN 2047719   Collected 02/03/2026 12:40

Component                  Result     Units       Ref Range      Flag
Sodium                     137        mmol/L      136-145
Potassium                  3.8        mmol/L      3.5-5.1
Creatinine                 0.71       mg/dL       0.57-1.11
Albumin                    3.1        g/dL        3.4-4.8        L
Total Protein              6.0        g/dL        6.4-8.3        L
ALT                        18         U/L         0-55
AST                        22         U/L         5-34
Alk Phos                   96         U/L         40-150
Alpha-1 Antitrypsin        12.4       umol/L      20.0-48.0      L
   (drawn pre-infusion; patient on augmentation therapy)
Prealbumin                 13         mg/dL       18-38          L
TSH                        1.92       uIU/mL      0.35-4.94
WBC                        5.4        K/uL        4.0-10.5
Hemoglobin                 11.6       g/dL        12.0-15.5      L
MCV                        84         fL          80-100
Platelets                  301        K/uL        150-400
Ferritin                   22         ng/mL       11-307
Lipase                     31         U/L         8-78
CA 19-9                    14         U/mL        0-35
Ordering: HADDAD, FAROUK MD     Verified 02/03/2026 16:20
"""

CHART = {
    "chart_id": "b7-013",
    "date_of_service": "2026-02-10",
    "payer": {"profile": "medicaid", "name": "Aetna Better Health of Kentucky (Medicaid managed care)"},
    "prior_authorization": "ABHKY-PA-0040719",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-02-10", "text": IVIEW},
        {"id": "d2", "type": "progress_note", "date": "2026-02-10", "text": MD_NOTE},
        {"id": "d3", "type": "progress_note", "date": "2025-08-12", "text": OLD_NOTE},
        {"id": "d4", "type": "lab_report", "date": "2026-02-03", "text": LAB},
    ],
}

GOLD = {
    "chart_id": "b7-013",
    "profile": "medicaid",
    "requirements": {
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
        "expiration_date": "conflict",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 12.4, "unit": "uM"},
        {"kind": "serum_aat", "value": 26, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 46},
        {"kind": "fev1", "value": 47},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "weight", "value": 52.1, "unit": "kg", "value_kg": 52.1},
        {"kind": "weight", "value": 52.7, "unit": "kg", "value_kg": 52.7},
        {"kind": "weight", "value": 68.0, "unit": "kg", "value_kg": 68.0},
        {"kind": "drug_product", "value": "Prolastin-C"},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "26K1304"},
        {"kind": "lot_number", "value": "25H0987"},
        {"kind": "expiration_date", "value": "2026-07-31"},
        {"kind": "expiration_date", "value": "2026-01"},
        {"kind": "infusion_start", "value": "13:20"},
        {"kind": "infusion_end", "value": "13:40"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Gaps: (1) weight nearest DOS 52.1 kg -> 60 x 52.1 = 3126, tolerance 312.6 -> 2813.4..3438.6; dose 4,000 mg "
        "given from the standing order written at 68 kg -> dose_matches_weight conflict. (2) vial 4 lot 25H0987 'JAN "
        "2026' -> 2026-01 -> last day 2026-01-31 < DOS 2026-02-10 -> expiration_date conflict (vials 1-3 exp 2026-07-31 "
        "are fine). Units: J0256 ceil(4000/10) = 400 = billed -> met; JZ + 'Drug Waste 0 mg' -> met. PA from chart field. "
        "Serum: pre-treatment 26 mg/dL (2017) and trough 12.4 umol/L (on therapy) -> both findings; 26 < 57 -> met. "
        "Weights 52.1 (DOS), 52.7 (02/03), 68.0 (08/2025). 'COPD maintenance' -> copd. "
        "Traps: prior encounter values line (02/03: 4,000 mg, 13:15-13:36), arrival 12:48, vitals 12:55/13:35, PIV 13:06, "
        "MAR scan 13:12, waste row 13:41, PIV removal 14:02, discharge 14:10, print 14:51, note 14:35; planned 3,000 mg "
        "from 02/17 and calc 'about 3,130 mg'; old order calc 4,080 mg; 80 mL, 4.2 mL/min, SWFI 20 mL; weight change "
        "-0.6 kg; Spiriva 2.5 mcg; albumin/prealbumin values."
    ),
}
