# b13-015  medicare  NEGATIVE CONTROL: PI*MS carrier with smoking-related COPD/emphysema; AAT 1.02 g/L and
# 104 mg/dL; augmentation not indicated; brother PI*ZZ on Glassia. No claim lines, no date_of_service.
# Styles: (2) consultation letter from a UK-trained respiratory physician; (1) problem-oriented progress
# note with long medication list; genotyping lab report.

D1 = """LAKESHORE UNIVERSITY HOSPITALS -- RESPIRATORY INSTITUTE
Alpha-1 Antitrypsin Deficiency Programme
11100 Euclid Avenue, Cleveland, OH 44106

15th September 2025

Dr Paula Whitman
Northcoast Pulmonary Associates
2200 Detroit Avenue, Lakewood OH 44107

Dear Dr Whitman,

Re: Mr Raymond KUHL, DOB 2nd May 1955, MRN LUH-7731902

Thank you for referring Mr Kuhl, whom I saw in the Alpha-1 clinic on 2nd September 2025. You
asked whether his COPD might be due to alpha-1 antitrypsin deficiency, given that his younger
brother Dennis has PI*ZZ disease and receives Glassia (about 3,900 mg weekly) in Toledo.

Diagnoses:
1. COPD, GOLD 2, with centrilobular emphysema (upper-zone predominant)
2. Alpha-1 antitrypsin genotype PI*MS (carrier)
3. Ex-smoker, 45 pack-years (stopped 2015)
4. Type 2 diabetes; hypertension

Mr Kuhl is 70 and a retired machinist. He smoked from 16 until 60 and has had exertional
breathlessness for about eight years, with two exacerbations in the past year, neither needing
admission. He was exposed to metal-working fluids for forty years.

On examination he weighed 91.4 kg, SpO2 94% on air, with a prolonged expiratory phase and scattered
wheeze. Spirometry in clinic showed FEV1 1.96 L (62% predicted), FVC 3.61 L (86% predicted),
FEV1/FVC 0.54, with a 6% bronchodilator response; TLco 58% predicted. His CT (July 2025, your
hospital) shows centrilobular emphysema in the upper zones, which is the pattern of smoking-related
disease rather than the basal panlobular pattern we see in severe deficiency.

His serum alpha-1 antitrypsin here was 1.02 g/L (reference 1.1-2.1 g/L), drawn when he was well,
with a normal CRP. Genotyping shows one S allele and no Z allele, i.e. PI*MS; this agrees with the
result from your laboratory in August.

I have explained that he does not have alpha-1 antitrypsin deficiency. PI*MS is a carrier state
with near-normal levels, and his emphysema is explained by his smoking history. Augmentation
therapy is not indicated, and I would not expect a payer to consider it. His brother's treatment
does not change this. His two children could be offered testing, mainly for their own
information; each has at most a one-in-two chance of carrying his S allele and, depending on
their mother's genotype, a small chance of a Z.

I would suggest optimising his inhaled therapy (he is on a LAMA/LABA; with two exacerbations and an
eosinophil count of 0.34 x 10^9/L a triple inhaler would be reasonable), pulmonary rehabilitation
and his vaccines. I have not arranged further follow-up here but would be happy to see him again.

Yours sincerely,

Dr Alistair Penrose  MA MB BChir PhD FRCP
Consultant Respiratory Physician and Director, Alpha-1 Programme
"""

D2 = """NORTHCOAST PULMONARY ASSOCIATES
PROGRESS NOTE                                           10/07/2025
Patient: KUHL, RAYMOND A        DOB 05/02/1955 (70 y)     MRN NPA-0093346
Provider: Paula Whitman, MD      Payer: Medicare Part B / AARP Medigap

INTERVAL HISTORY
Mr. Kuhl returns after his visit to the Alpha-1 program at Lakeshore (Dr Penrose's letter of
09/15/2025 reviewed with him today). He was relieved to hear he does not need weekly infusions
like his brother. Since August he has had no exacerbation. He walks 15 minutes at a time, stops
on the stairs to his basement workshop. Cough most mornings with white sputum. He remains off
cigarettes since 2015 and does not vape. He asks whether his daughter should be tested.

# COPD with centrilobular emphysema (J44.9, J43.2)
  FEV1 1.96 L (62% predicted) 09/2025; two exacerbations in the past 12 months; eos 340/uL.
  Plan: switch Anoro to Trelegy Ellipta 100/62.5/25 mcg 1 inhalation daily; albuterol PRN;
  refer to pulmonary rehab; action plan with prednisone 40 mg x 5 days and doxycycline 100 mg BID
  x 7 days to keep at home.

# Alpha-1 antitrypsin testing -- PI*MS carrier, level 104 mg/dL (08/2025) and 1.02 g/L (09/2025)
  Not alpha-1 antitrypsin deficiency; no augmentation indicated (per Dr Penrose and my review).
  Brother Dennis PI*ZZ on Glassia -- family history only. Daughter and son may be tested if they
  wish; genetic counseling information given.

# Tobacco use, former (Z87.891) -- 45 pack-years, quit 2015. Lung cancer screening: LDCT 07/2025
  Lung-RADS 2; repeat 07/2026.

# Type 2 diabetes -- A1c 7.1%; metformin 1,000 mg BID, empagliflozin 10 mg daily (PCP).
# Hypertension -- lisinopril 20 mg daily, amlodipine 5 mg daily.
# Hyperlipidemia -- atorvastatin 40 mg daily.
# BPH -- tamsulosin 0.4 mg daily.
# Osteoarthritis knees -- acetaminophen 1,000 mg TID PRN; diclofenac gel 1% QID PRN.

VITALS: BP 136/80, HR 84, RR 18, SpO2 94% RA, Wt 90.8 kg, BMI 29.6

MEDICATIONS (reconciled 10/07/2025)
 1. Trelegy Ellipta 100/62.5/25 mcg 1 inhalation daily (new; replaces Anoro 62.5/25 mcg)
 2. Albuterol HFA 90 mcg 2 puffs q4-6h PRN
 3. Metformin 1,000 mg PO BID
 4. Empagliflozin 10 mg PO daily
 5. Lisinopril 20 mg PO daily
 6. Amlodipine 5 mg PO daily
 7. Atorvastatin 40 mg PO nightly
 8. Tamsulosin 0.4 mg PO nightly
 9. Aspirin 81 mg PO daily
10. Acetaminophen 1,000 mg PO TID PRN
11. Diclofenac 1% gel topical QID PRN
12. Prednisone 40 mg PO daily x 5 days PRN (action plan)
13. Doxycycline 100 mg PO BID x 7 days PRN (action plan)

Vaccines: influenza today; RSV (Abrysvo) 10/2024; PCV20 2023.
Return in 3 months.
Paula Whitman, MD  10/07/2025
"""

D3 = """FAIRVIEW REFERENCE LABORATORY                                   FINAL
Patient: KUHL, RAYMOND A     DOB 05/02/1955     Sex M     MRN NPA-0093346
Ordering: WHITMAN, PAULA MD    Collected 08/11/2025 09:30    Reported 08/20/2025 11:02

Alpha-1-Antitrypsin, Serum (nephelometry)       104   mg/dL     (90-200)
Alpha-1-Antitrypsin Genotype (SERPINA1 S and Z)
   S allele (c.863A>T)                          DETECTED, heterozygous
   Z allele (c.1096G>A)                         NOT DETECTED
   Genotype                                     PI*MS
C-Reactive Protein                              2.1   mg/L      (< 10.0)

Interpretation: One copy of the S allele (PI*MS). Serum level within the reference interval. The MS
genotype is not associated with a clinically significant risk of lung disease from AAT
deficiency. Rare and null alleles are not detected by this assay.
"""

CHART = {
    "chart_id": "b13-015",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-09-15", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2025-10-07", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2025-08-20", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b13-015",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
        "dose_matches_weight": "missing", "units_match_dose": "not_applicable",
        "wastage_documented": "missing", "lot_number": "missing", "expiration_date": "missing",
        "infusion_times": "missing", "response_to_therapy": "missing",
        "prior_authorization": "not_applicable", "code_selection": "not_applicable",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "S"]},
        {"kind": "serum_aat", "value": 1.02, "unit": "g/L"},
        {"kind": "serum_aat", "value": 104, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 62},
        {"kind": "weight", "value": 91.4, "unit": "kg", "value_kg": 91.4},
        {"kind": "weight", "value": 90.8, "unit": "kg", "value_kg": 90.8},
        {"kind": "smoking_status", "value": "former"},
    ],
    "notes": (
        "NEGATIVE CONTROL. 'he does not have alpha-1 antitrypsin deficiency' / 'Not alpha-1 antitrypsin "
        "deficiency' are negated; the problem heading 'Alpha-1 antitrypsin testing' and the referral question "
        "('might be due to') and the letterhead 'Alpha-1 Antitrypsin Deficiency Programme' are not diagnoses. PI*MS -> [M, S] (conflict); levels 1.02 g/L and 104 mg/dL are "
        "two different draws (both at or above threshold -> conflict). Brother Dennis PI*ZZ on Glassia "
        "'about 3,900 mg weekly' is family; children's chances are hypothetical. No claim lines and no "
        "date_of_service: units/code not_applicable, wastage missing (no statement). Prednisone/doxycycline "
        "action-plan doses are other drugs; eosinophils 0.34 x 10^9/L, TLco 58 % are not AAT/FEV1."
    ),
}

ARITH = {
    "dos": "2025-10-07", "product": None, "weight_kg": 90.8,
    "weight_source": "d2 10/07/2025 (latest document date is the DOS)",
    "dose_mg": None, "code": None, "lots": [],
    "rid_serum_values": [], "fev1_for_range": None, "response_in_progress_note": False,
}

EVID = [
    ("genotype:M,S", "d3", "Genotype                                     PI*MS"),
    ("serum_aat:1.02:g/L", "d1", "His serum alpha-1 antitrypsin here was 1.02 g/L"),
    ("serum_aat:104:mg/dL", "d3", "Alpha-1-Antitrypsin, Serum (nephelometry)       104   mg/dL"),
    ("lung_disease:copd", "d2", "# COPD with centrilobular emphysema (J44.9, J43.2)"),
    ("lung_disease:emphysema", "d1", "COPD, GOLD 2, with centrilobular emphysema"),
    ("fev1:62", "d1", "FEV1 1.96 L (62% predicted)"),
    ("weight:91.4", "d1", "he weighed 91.4 kg"),
    ("weight:90.8", "d2", "Wt 90.8 kg"),
    ("smoking_status:former", "d1", "Ex-smoker, 45 pack-years (stopped 2015)"),
]
