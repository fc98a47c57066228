# b17-011: medicare, NEGATIVE CONTROL. COPD patient screened for AATD (normal level, negative for S and Z);
# spirometry report with comparison, reference-lab report (fixed-width, flags), pulmonology progress note.
# Brother is PI*ZZ on Prolastin-C; no A1PI therapy for this patient, no claim lines.

D1 = """GREAT LAKES DIAGNOSTIC LABORATORIES                                    Page 1 of 1
PATIENT NAME         PATIENT ID    DOB          SEX   COLLECTED          REPORTED
BRANNIGAN, THOMAS F  GL-00882141   01/14/1951   M     11/18/2025 09:02   11/21/2025 13:47
ORDERING PHYSICIAN: SIKORSKI, AGNIESZKA MD    ACCOUNT: 30217 HARBORVIEW PULMONARY    FASTING: N

TEST NAME                                IN RANGE    OUT OF RANGE    REFERENCE RANGE         LAB
ALPHA-1-ANTITRYPSIN, SERUM               138                         83-199 mg/dL            GL1
ALPHA-1-ANTITRYPSIN PHENOTYPE
  (ISOELECTRIC FOCUSING)                 MM                          MM                      GL2
ALPHA-1 ANTITRYPSIN GENOTYPE, S/Z        NEGATIVE FOR S AND Z                                GL2
   S ALLELE (c.863A>T)                   NOT DETECTED
   Z ALLELE (c.1096G>A)                  NOT DETECTED
C-REACTIVE PROTEIN                       3.9                         <8.0 mg/L               GL1
EOSINOPHILS, ABSOLUTE                                 410 H          15-400 cells/uL         GL1
IMMUNOGLOBULIN E, TOTAL                  62                          <114 kU/L               GL1

COMMENTS:
Normal alpha-1-antitrypsin concentration and MM phenotype. Genotyping detects only the S and Z alleles;
rare and null variants are not excluded by this test, but a normal concentration makes clinically significant
deficiency unlikely. AAT is an acute-phase reactant and may be raised by inflammation, pregnancy, estrogen or
steroid therapy; the concurrent CRP is normal.

GL1: Great Lakes Diagnostic Laboratories - Grand Rapids, MI   CLIA 23D0365581
GL2: Great Lakes Diagnostic Laboratories - Molecular Division  CLIA 23D2108874
"""

D2 = """HARBORVIEW PULMONARY - PULMONARY FUNCTION TEST REPORT
Name: Brannigan, Thomas F    DOB: 01/14/1951    Age: 74    Sex: M    Ht: 175 cm    Wt: 84.8 kg
Test date: 12/09/2025 09:15     Tech: L. Moreau, CRT     Ordering: A. Sikorski, MD
Indication: COPD, dyspnea; annual follow-up     Smoking: current, 1/2 ppd, 55 pack-years
Bronchodilator: levalbuterol 1.25 mg nebulized at 09:31

                        PRE-BD                        POST-BD
                 Actual  Pred   %Pred  LLN     Actual  %Pred  %Change
FVC (L)           3.02   3.79     80   2.90     3.20     84      6
FEV1 (L)          1.55   2.82     55   2.11     1.69     60      9
FEV1/FVC (%)       51     74      --    64       53      --     --
FEF25-75 (L/s)    0.58   2.31     25   1.19     0.66     29     14
PEF (L/s)         5.21   7.48     70    --      5.60     75      7

Previous spirometry (pre-BD):
  12/03/2024   FEV1 1.63 L (57 %), FVC 3.10 L, FEV1/FVC 53
  11/29/2023   FEV1 1.70 L (59 %), FVC 3.18 L, FEV1/FVC 53

Quality: 3 acceptable, 2 repeatable maneuvers (ATS/ERS grade B). Patient coughing between efforts.

Interpretation (A. Sikorski, MD): Moderate airflow obstruction (GOLD 2) with a partial bronchodilator
response (FEV1 +140 mL, +9 %) that does not normalize the ratio. FEV1 has declined 150 mL over two years,
faster than expected for age, in the setting of ongoing smoking.
"""

D3 = """HARBORVIEW PULMONARY
Progress Note                                  Date of service: 12/09/2025
Patient: Thomas F. Brannigan    DOB 01/14/1951    MRN GL-00882141
Provider: Agnieszka Sikorski, MD

Reason for visit: COPD follow-up; results of alpha-1 testing.

HPI: 74-year-old man with COPD diagnosed 2019, still smoking about half a pack a day (55 pack-years). Two
exacerbations this year (03/2025 and 10/2025), the second with an ED visit, treated with prednisone 40 mg x 5 days
and amoxicillin-clavulanate 875 mg BID. He is on Trelegy Ellipta 100/62.5/25 one inhalation daily and uses
albuterol 3-4 times a day. CT chest 10/2025 (ED): moderate centrilobular emphysema, upper-lobe predominant;
no nodules.

He was tested for alpha-1 antitrypsin deficiency because his younger brother Francis was diagnosed last year
(PI*ZZ, level 21 mg/dL) and now receives Prolastin-C 5,100 mg IV every week in Toledo. Thomas was worried he
would need the same infusions.

Results reviewed with patient: serum alpha-1 antitrypsin 138 mg/dL (normal, 83-199), phenotype MM, negative for
the S and Z alleles. CRP normal, so the level is not falsely reassuring.

ROS: chronic cough with white sputum, dyspnea walking one block. No chest pain, no hemoptysis, no weight loss.

Vitals: BP 146/88, HR 92, RR 20, SpO2 91% RA, Wt 84.8 kg (186 lb 15.2 oz), BMI 27.7.
Exam: barrel chest, diffuse expiratory wheeze, prolonged expiration. No edema, no clubbing.

Spirometry today: FEV1 1.55 L, 55 % predicted pre-bronchodilator (post 60 %); 57 % a year ago.

Assessment:
1. COPD (J44.9), GOLD 2, group E, with centrilobular emphysema on CT and frequent exacerbations.
2. Alpha-1 antitrypsin deficiency - ruled out (normal level, MM phenotype, negative for S and Z). He is not a
   candidate for augmentation therapy. Had his level been below 57 mg/dL with a deficient genotype, we would have
   discussed augmentation at 60 mg/kg IV weekly, but that is not the case.
3. Tobacco dependence (F17.210), current every-day smoker; counseled 8 minutes; starting varenicline 0.5 mg daily
   x 3 days then titrate to 1 mg BID; nicotine patch 14 mg/day offered and declined.
4. Blood eosinophils 410 cells/uL: adding dupilumab considered if exacerbations continue on triple therapy.

Plan: continue Trelegy; pulmonary rehab referral; quit date 01/01/2026; influenza and RSV vaccines up to
date. Follow-up 3 months with repeat spirometry. Genetic counseling not needed for him; his brother's children
should be offered testing through the brother's clinic.

Signed: Agnieszka Sikorski, MD 12/09/2025 11:52
"""

CHART = {
    "chart_id": "b17-011",
    "date_of_service": "2025-12-09",
    "payer": {"profile": "medicare", "name": "Medicare Part B (WPS J8)"},
    "documents": [
        {"id": "d1", "type": "lab_report", "date": "2025-11-21", "text": D1},
        {"id": "d2", "type": "other", "date": "2025-12-09", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-12-09", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b17-011",
    "profile": "medicare",
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
        "prior_authorization": "not_applicable",
        "code_selection": "not_applicable",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "M"]},
        {"kind": "serum_aat", "value": 138, "unit": "mg/dL"},
        {"kind": "weight", "value": 84.8, "unit": "kg", "value_kg": 84.8},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 55},
        {"kind": "fev1", "value": 60},
        {"kind": "fev1", "value": 57},
        {"kind": "fev1", "value": 59},
        {"kind": "smoking_status", "value": "current"},
    ],
    "notes": (
        "NEGATIVE CONTROL: AATD ruled out (138 mg/dL, IEF MM, negative for S and Z -> one [M,M] finding), no therapy, "
        "no claim lines. Traps: brother Francis PI*ZZ 21 mg/dL on Prolastin-C 5,100 mg weekly (family - no product, "
        "dose, genotype or level findings); hypothetical 'had his level been below 57 mg/dL... 60 mg/kg'; reference "
        "'MM' column; lab comment on acute-phase reactant; prednisone/amoxicillin-clavulanate/varenicline/nicotine "
        "doses; 'Alpha-1 antitrypsin deficiency - ruled out' is negated. Weight 84.8 kg is documented -> "
        "patient_weight met even without therapy."
    ),
}

ARITH = {
    "dos": "2025-12-09",
    "product": None,
    "weight_kg": 84.8,
    "weight_source": "PFT report and visit vitals",
    "dose_mg": None,
    "target_mg": None,
    "pct_from_target": None,
    "code": None,
    "billing_unit_mg": None,
    "admin_units_expected": None,
    "admin_units_billed": None,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": None,
    "modifier_expectation": "no claim lines",
    "lots": [],
    "infusion": [None, None],
    "serum_method_rid": False,
}
