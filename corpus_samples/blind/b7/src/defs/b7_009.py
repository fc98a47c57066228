# b7-009: NEGATIVE CONTROL. Cascade testing of a brother of a PI*ZZ patient: PI*MZ carrier, AAT 96 mg/dL.
# Dictated/transcribed pulmonary consult + lab + portal result message. Medicaid. No infusion, no claim lines.

CONSULT = """
RIVERTON PULMONARY CONSULTANTS
CONSULTATION

PATIENT NAME: LINDQVIST, ERIK A.
MEDICAL RECORD #: RPC-40918
DATE OF BIRTH: 05/03/1976
DATE OF CONSULTATION: 08/12/2025
REFERRING PHYSICIAN: Teresa Vu, MD (family medicine)
CONSULTING PHYSICIAN: Gregory Amundsen, MD
INSURANCE: Buckeye Health Plan - Medicaid

REASON FOR CONSULTATION: Chronic cough and exertional dyspnea; brother recently
diagnosed with alpha-1 antitrypsin deficiency - evaluate for the same.

HISTORY OF PRESENT ILLNESS: Mr. Lindqvist is a 49-year-old man, current smoker, with a
2-year history of morning cough productive of white sputum and dyspnea climbing two
flights of stairs. His younger brother (age 45) was diagnosed this spring with PI*ZZ
alpha-1 antitrypsin deficiency and emphysema and is now receiving weekly Prolastin-C
infusions, about 5,600 mg each week per the patient. Dr. Vu checked an AAT level and
phenotype before referral. He has had 2 courses of antibiotics for "bronchitis" in the
past year, no hospitalizations. No hemoptysis, weight loss, or night sweats.

PAST MEDICAL HISTORY: Hypertension. Obesity. GERD. Lumbar strain 2019.

MEDICATIONS: Lisinopril 20 mg daily, omeprazole 20 mg daily, albuterol HFA PRN (rarely).

ALLERGIES: No known drug allergies.

SOCIAL HISTORY: Smokes 1 pack per day, currently; 30 pack-years. Has tried
to quit twice (patches 2021). Drinks 4-6 beers on weekends. Works as a warehouse forklift
operator; occasional dust exposure. Lives with partner and 2 teenage children.

FAMILY HISTORY: Brother PI*ZZ AATD with emphysema (on augmentation). Father died at 68
of "COPD," smoker, never tested. Mother alive, 74, not tested. Two children untested.

REVIEW OF SYSTEMS: As above; otherwise negative in 12 systems.

PHYSICAL EXAMINATION:
VITAL SIGNS: BP 146/92, pulse 88, respirations 18, SpO2 95% on room air.
Weight 102.3 kg, height 180 cm, BMI 31.6.
GENERAL: Well-appearing man, smells of tobacco.
LUNGS: Prolonged expiration, scattered end-expiratory wheezes, no crackles.
HEART: Regular. EXTREMITIES: No clubbing or edema.

DATA:
Spirometry today: FEV1 2.71 L (62% predicted) post-bronchodilator, FVC 4.46 L (88%),
FEV1/FVC 0.61. Post-BD change +6%. Interpretation: moderate obstructive ventilatory
defect without significant bronchodilator reversibility.
Chest x-ray 07/2025: mild hyperinflation, no mass.
Serum AAT 07/21/2025: 96 mg/dL (reference 100-190).
AAT phenotype 07/21/2025: MZ.

IMPRESSION:
1. COPD, GOLD grade 2, with chronic bronchitis symptoms, in an active smoker.
2. PI*MZ heterozygote (carrier) with serum AAT 96 mg/dL. This is not severe deficiency,
   and he does not meet criteria for alpha-1 antitrypsin deficiency or augmentation
   therapy. Had he been PI*ZZ like his brother, augmentation at 60 mg/kg would be about
   6,100 mg weekly, but it would still require smoking cessation first.
3. Tobacco use disorder - counseled extensively (>10 minutes).

RECOMMENDATIONS:
1. Start tiotropium-olodaterol 2.5/2.5 mcg 2 inhalations daily.
2. Varenicline titration pack; referral to Ohio Tobacco Quit Line. Quit date 09/01/2025.
3. CT chest low-dose for lung cancer screening (eligible: age 49, 30 pk-yr).
4. Genetic counseling referral for family (children, mother).
5. Pulmonary function with DLCO and lung volumes in 3 months.
6. Influenza, pneumococcal, and RSV vaccination per schedule.

Thank you for this consultation.

Gregory Amundsen, MD
D: 08/12/2025 15:40   T: 08/13/2025 09:12   Job# 778102 / MT: dks
"""

LAB = """
QUEST DIAGNOSTICS             Patient Report          Status: FINAL
Patient: LINDQVIST, ERIK A    DOB: 05/03/1976   Gender: M    Fasting: N
Physician: VU, TERESA   Specimen: WQ551239K   Collected: 07/21/2025 07:48   Reported: 07/25/2025

Test Name                                    In Range    Out Of Range    Reference Range    Lab
ALPHA-1-ANTITRYPSIN                                      96 L            100-190 mg/dL      EZ
ALPHA-1-ANTITRYPSIN PHENOTYPE                            MZ              MM                 EZ
   The MZ phenotype is associated with intermediate serum levels of
   alpha-1-antitrypsin. MZ heterozygotes are carriers; they are at modestly
   increased risk of lung disease if they smoke. Genotype testing of family
   members may be considered.
COMPREHENSIVE METABOLIC PANEL
  GLUCOSE                                    98                              65-99 mg/dL        EZ
  CREATININE                                 0.96                            0.70-1.30 mg/dL    EZ
  ALT                                        34                              9-46 U/L           EZ
  AST                                        27                              10-40 U/L          EZ
LIPID PANEL
  LDL-CHOLESTEROL                                        142 H               <100 mg/dL         EZ

  TRIGLYCERIDES                              148                             <150 mg/dL         EZ
  HDL CHOLESTEROL                                        38 L                > OR = 40 mg/dL    EZ
CBC (INCLUDES DIFF/PLT)
  WHITE BLOOD CELL COUNT                     8.9                             3.8-10.8 Thousand/uL EZ
  HEMOGLOBIN                                             17.4 H              13.2-17.1 g/dL     EZ
  PLATELET COUNT                             266                             140-400 Thousand/uL EZ

Performing Site EZ: Quest Diagnostics Wood Dale, 1355 Mittel Blvd, Wood Dale IL
"""

PORTAL = """
MyRiverton Message - sent 08/14/2025 11:02 AM
From: Gregory Amundsen, MD        To: Erik Lindqvist
Subject: Your alpha-1 results

Hi Mr. Lindqvist,

As we discussed at your visit, your alpha-1 antitrypsin level was 96 (normal is about
100-190) and your type is MZ. That means you carry one Z gene from a parent, but you
do NOT have alpha-1 antitrypsin deficiency like your brother, and you do not need the
weekly infusions. Your lung problem is COPD from smoking. The most important treatment
is stopping smoking - the varenicline prescription is at your pharmacy.

Your children each have a 50% chance of carrying the Z gene. Genetic counseling can help
decide about testing them.

Dr. Amundsen
"""

CHART = {
    "chart_id": "b7-009",
    "date_of_service": "2025-08-12",
    "payer": {"profile": "medicaid", "name": "Buckeye Health Plan (Medicaid managed care)"},
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-08-12", "text": CONSULT},
        {"id": "d2", "type": "lab_report", "date": "2025-07-25", "text": LAB},
        {"id": "d3", "type": "other", "date": "2025-08-14", "text": PORTAL},
    ],
}

GOLD = {
    "chart_id": "b7-009",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "missing",
        "genotype": "conflict",
        "serum_aat_level": "conflict",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "missing",
        "dose_matches_weight": "missing",
        "units_match_dose": "not_applicable",
        "wastage_documented": "missing",
        "lot_number": "missing",
        "expiration_date": "missing",
        "infusion_times": "missing",
        "response_to_therapy": "missing",
        "prior_authorization": "missing",
        "code_selection": "not_applicable",
        "smoking_status": "conflict",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "Z"]},
        {"kind": "serum_aat", "value": 96, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 62},
        {"kind": "smoking_status", "value": "current"},
        {"kind": "weight", "value": 102.3, "unit": "kg", "value_kg": 102.3},
    ],
    "notes": (
        "Negative control: PI*MZ carrier with AAT 96 mg/dL (>= 57, flagged L only against the 100-190 reference). "
        "No affirmed AATD for the patient: 'does not meet criteria for alpha-1 antitrypsin deficiency', 'you do NOT "
        "have alpha-1 antitrypsin deficiency' are negated; brother's PI*ZZ AATD, emphysema and Prolastin-C 5,600 mg are "
        "family. No infusion, no claim lines -> units_match_dose and code_selection not_applicable; wastage_documented "
        "missing (no statement). Medicaid requires PA -> missing. Current smoker 1 ppd -> smoking_status conflict. "
        "'COPD, GOLD grade 2' -> copd; spirometry interpretation 'moderate obstructive ventilatory defect' -> "
        "airflow_obstruction. FEV1 62% predicted is a finding (fev1_range not evaluated for medicaid). "
        "Traps: hypothetical '60 mg/kg would be about 6,100 mg weekly'; lab reference 'MM'; lisinopril 20 mg, omeprazole "
        "20 mg, tiotropium-olodaterol 2.5/2.5 mcg; dictation/transcription times; quit date 09/01/2025 is a plan."
    ),
}
