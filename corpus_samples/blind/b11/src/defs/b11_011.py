D1 = """
GENETIC COUNSELING CONSULTATION
Westbrook Medical Genetics Clinic
Patient: Dolores Fitzgerald-Amin    DOB 12/01/1959    MRN WB-8813402
Date: 04/14/2026    Counselor: Priyanka Sethi, MS, CGC    Supervising: Hal Brandt, MD (Medical Genetics)
Referral: Dr. M. Quint (Pulmonary) - "sibling with AATD, pt has COPD, results back, please counsel"

Reason for referral / indication
Ms. Fitzgerald-Amin is a 66-year-old woman with COPD whose younger brother (Frank, 61) has
alpha-1 antitrypsin deficiency, PI*ZZ, diagnosed 2020, on weekly Prolastin-C (he told her his dose is
"4,200 mg, 60 per kilo"). She was tested by pulmonary on 03/24/2026 and comes today to review results
and discuss what they mean for her and her children.

Pedigree (3 generations, drawn in chart)
  - Proband: PI*MZ (this patient), COPD, former smoker.
  - Brother Frank: PI*ZZ, AAT 22 mg/dL, emphysema, augmentation since 2020.
  - Sister Anne (63): untested, healthy.
  - Father: died 70, "emphysema", smoker, never tested - presumed Z carrier at least.
  - Mother: died 84, cirrhosis? (unclear, records not available) - presumed Z carrier at least.
  - Daughter (38) and son (35): untested.

Results reviewed (see lab report 03/31/2026)
  Serum AAT 96 mg/dL (reference 90-200 mg/dL), CRP 2 mg/L (not inflamed).
  Phenotype by IEF: MZ.
  SERPINA1 genotyping: one Z allele (c.1096G>A) detected; S allele not detected -> PI*MZ.

Counseling summary
- She is a heterozygous carrier of the Z allele (PI*MZ). She does NOT have alpha-1 antitrypsin deficiency
  in the clinical sense: her level is in the normal range and MZ does not meet criteria for augmentation.
  IV augmentation therapy (what her brother receives) is not indicated for her and was not recommended.
- MZ carriers who smoke have a somewhat higher risk of COPD than MM individuals; her COPD is most
  likely explained by her 35 pack-year smoking history, with the MZ state as a possible modest
  contributor.
- Each of her children has a 50% chance of carrying Z from her; their risk of ZZ depends on the other
  parent's status. Testing is recommended for both (letter template given).
- Her sister Anne has a 50% chance of being MZ and a 25% chance of being ZZ (both parents presumed
  carriers); testing recommended.
- She asked whether she should "get the same infusions just in case" - explained why not.
- Liver: MZ carriers have a small increased risk of liver disease with other insults; avoid heavy
  alcohol; LFTs normal 03/2026.

Time spent: 50 minutes, > 50% counseling.
Follow-up: as needed; results letter to pt and Dr. Quint.

P. Sethi, MS, CGC  04/14/2026 / co-signed H. Brandt, MD 04/15/2026
"""

D2 = """
WESTBROOK REGIONAL LABORATORY                              FINAL REPORT
Patient: FITZGERALD-AMIN, DOLORES   DOB: 12/01/1959   MRN: WB-8813402   Sex: F
Ordering: Martin Quint, MD (Pulmonary)      Dx codes: J44.9, Z82.5
Collected: 03/24/2026 08:47      Reported: 03/31/2026 14:05

ALPHA-1 ANTITRYPSIN DEFICIENCY PROFILE
 Component                          Result          Units     Reference
 Alpha-1-antitrypsin, serum         96              mg/dL     90-200
   method: immunoturbidimetry
 Alpha-1-antitrypsin phenotype      MZ                        MM
   method: isoelectric focusing
 SERPINA1 genotype (S and Z)        PI*MZ
   Z allele (c.1096G>A, p.Glu366Lys)  DETECTED, heterozygous
   S allele (c.863A>T, p.Glu288Val)   NOT DETECTED
 C-reactive protein                 2               mg/L      <8

Interpretation: MZ phenotype/genotype with AAT concentration within the reference interval. This
pattern is consistent with a heterozygous carrier state (intermediate deficiency risk only with
additional risk factors). Severe deficiency (e.g., PI*ZZ, typically < 57 mg/dL by this method) is NOT
present. Genetic counseling for relatives recommended.
Rare/null alleles are not excluded by targeted genotyping; level and IEF are concordant.

Reviewed by: S. Achebe, MD, PhD, Clinical Pathology
"""

D3 = """
Westbrook Pulmonary Clinic - Progress Note                        03/24/2026
Dolores Fitzgerald-Amin, 66 y/o F     PCP: G. Halvorsen     Medicare
Attending: Martin Quint, MD

CC: COPD follow-up; brother recently diagnosed with alpha-1.

HPI: COPD diagnosed 2016. Former smoker - 35 pack-years, quit 2015. Exertional dyspnea walking uphill,
mMRC 1. Two exacerbations in 2025 (prednisone x1, antibiotics x1). Using Anoro daily. She learned last
month that her brother has AATD (ZZ) and is on weekly infusions, and she wants to be tested.

Meds: Anoro Ellipta 62.5/25 mcg daily; albuterol prn; losartan 25 mg; simvastatin 20 mg; vitamin B12.
Vitals: BP 130/80, HR 80, SpO2 95% RA, Wt 61.2 kg (134.9 lb), BMI 23.4.
Exam: mild expiratory wheeze at bases; otherwise normal.

Spirometry today (post-BD): FEV1 1.41 L (62% predicted), FVC 2.64 L (92% predicted), FEV1/FVC 0.53.
CT chest 2024 (lung cancer screening): mild centrilobular emphysema, upper-lobe predominant; no nodule
> 4 mm.

Assessment
1. COPD GOLD 2 with centrilobular emphysema - smoking-related pattern (upper lobe, centrilobular).
2. Family history of AATD (brother PI*ZZ) - test for alpha-1 today: serum level, phenotype, genotype.
   If she were ZZ/severely deficient with this FEV1, augmentation would be discussed; no decision until
   results are back.
3. Lung cancer screening - not due (quit > 10 yr; next per guideline discussion).

Plan: AAT level, phenotype, SERPINA1 genotype today; refer genetics once resulted. Continue Anoro.
Pulmonary rehab offered (declined for now). Flu/COVID/RSV up to date. RTC 6 months.

M. Quint, MD
"""

CHART = {
    "chart_id": "b11-011",
    "date_of_service": "2026-04-14",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-04-14", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2026-03-31", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-03-24", "text": D3},
    ],
}

ARITH = {"profile": "medicare", "dos_weight_kg": 61.2, "dose_mg": None, "waste_mg": None,
         "expirations": [], "start": None, "end": None, "products": []}

GOLD = {
    "chart_id": "b11-011",
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
        {"kind": "genotype", "alleles": ["M", "Z"]},
        {"kind": "serum_aat", "value": 96, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 62},
        {"kind": "weight", "value": 61.2, "unit": "kg", "value_kg": 61.2},
        {"kind": "smoking_status", "value": "former"},
    ],
    "notes": (
        "Negative control (medicare): PI*MZ carrier with normal serum AAT, no augmentation, no claim lines. "
        "aatd_diagnosis missing: the counselor states she does NOT have AATD; every AATD mention is the "
        "brother's (family) or a test name ('Alpha-1 antitrypsin deficiency profile') or a plan to test. "
        "Genotype MZ (IEF MZ and SERPINA1 PI*MZ, same pair) -> conflict. Serum 96 mg/dL >= 57 -> conflict. "
        "COPD and centrilobular emphysema affirmed -> lung met. Weight 61.2 kg (134.9 lb same). No claim "
        "lines -> units_match_dose and code_selection not_applicable; wastage without claim lines and with "
        "no wastage statement -> missing. Dose, lot, expiration, times, response all missing. Traps: brother "
        "PI*ZZ, AAT 22 mg/dL, Prolastin-C '4,200 mg, 60 per kilo' (family, not this patient); parents "
        "'presumed Z carrier'; sister 50 %/25 % risk; hypothetical 'If she were ZZ ... augmentation would be "
        "discussed'; 'typically < 57 mg/dL' threshold text; reference 90-200 and 'MM'; S allele 'NOT "
        "DETECTED'; CRP 2 mg/L; losartan 25 mg, simvastatin 20 mg; FVC 92 %."
    ),
}
