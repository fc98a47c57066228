CHART = {
    "chart_id": "b6-006",
    "date_of_service": "2026-02-10",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-02-10", "text": """
TRI-COUNTY PULMONARY & SLEEP - OUTPATIENT CONSULT FOLLOW-UP
Patient: BRANNIGAN, LOUIS P     DOB: 09/30/1959     Acct: 20044718
Date of service: 02/10/2026     Provider: Vivek Subramaniam, MD
Referring: Carla Dietz, NP (PCP)

REASON: Review alpha-1 antitrypsin testing (ordered 01/2026 to r/o AATD
given COPD and a brother with AATD).

HPI:
66 y.o. man, retired roofer, COPD dx 2017, former smoker. Two exacerbations
in 2025 (one admission 03/2025). Brother Gary (age 62) was diagnosed with
AATD, PI*ZZ, level 19 mg/dL, and receives weekly Prolastin-C at our
infusion center; he asked whether he needs the same treatment. DOE after
1 flight of stairs, chronic AM cough with white sputum. No hemoptysis.

VITALS:
BP = 138/86   HR = 84   RR = 18   Temp = 36.8 C   SpO2 = 92% RA
Height = 175.8 cm   Weight = 84.7 kg   BMI = 27.4

MEDS: Trelegy Ellipta 1 inh daily; albuterol HFA PRN; amlodipine 5 mg
daily; tamsulosin 0.4 mg qHS; aspirin 81 mg daily.

SMOKING: Former smoker, 45 pack-years, quit 06/2018. No e-cigarettes.

PFT 01/26/2026 (post-BD):
FEV1 = 1.84 L (58% pred)   FVC = 3.35 L (80% pred)   FEV1/FVC = 0.55
DLCO = 63% pred
Interpretation: moderate airflow obstruction, no significant BD response.

CT CHEST 12/2025: moderate centrilobular emphysema, upper-lobe
predominant; 4 mm RUL nodule (stable since 2023).

LABS 01/26/2026 (ARUP):
Alpha-1-antitrypsin = 96 mg/dL (ref 100-190)
A1AT phenotype = MZ
CRP = 2.3 mg/L (not elevated, so level is not falsely raised)
CBC: WBC = 7.9, Hgb = 15.2, Eos = 310/uL

ASSESSMENT:
1. COPD with centrilobular emphysema (J43.2), GOLD 2, group E
   (2 exacerbations/yr).
2. Alpha-1 testing: PI*MZ heterozygous carrier with serum AAT 96 mg/dL.
   He does NOT have severe alpha-1 antitrypsin deficiency; AATD as the
   cause of his emphysema is ruled out - his emphysema pattern
   (centrilobular, upper lobe) fits his 45 pk-yr smoking history.
   Augmentation therapy is not indicated: augmentation is approved
   for severe deficiency (e.g. ZZ with level < 11 uM / ~57 mg/dL), and
   MZ carriers are excluded by payer policies. If his level had been
   below 57 mg/dL we would have sent full SERPINA1 sequencing.
3. Pulmonary nodule, stable 2 yrs - no further f/u needed per Fleischner.

PLAN:
- No alpha-1 augmentation. Discussed at length; pt relieved.
- Continue Trelegy; add azithromycin 250 mg MWF for exacerbation
  prevention (QTc 428 ms on ECG today).
- Pulmonary rehab referral (Tri-County Rehab).
- Vaccines: RSV given today; PCV20 up to date.
- Genetic counseling: offer cascade testing to his 2 children (each
  has 50% chance of carrying Z).
- Avoid any smoking relapse; counsel MZ carriers on higher risk with smoking.
- RTC 4 months with spirometry.

Electronically signed: Vivek Subramaniam, MD 02/10/2026 15:44
"""},
        {"id": "d2", "type": "lab_report", "date": "2026-01-30", "text": """
ARUP LABORATORIES | 500 Chipeta Way, Salt Lake City, UT 84108 | 800-522-2787
Patient: BRANNIGAN, LOUIS P            DOB: 1959-09-30      Sex: M
Client: TRI-COUNTY PULMONARY & SLEEP   Physician: SUBRAMANIAM, VIVEK
Collected: 26-Jan-2026 10:02          Received: 27-Jan-2026 08:14
Patient ID: 20044718                  Accession: 26-027-104881

Procedure                                          Units      Ref Interval
---------------------------------------------------------------------------
Alpha-1-Antitrypsin, Serum
    96  L                                          mg/dL      [100-190]
Alpha-1-Antitrypsin Phenotype
    MZ  H*                                                    [MM]
C-Reactive Protein, Serum
    2.3                                            mg/L       [0.0-8.0]

---------------------------------------------------------------------------
INTERPRETIVE INFORMATION: Alpha-1-Antitrypsin Phenotype
  Phenotype MZ detected by isoelectric focusing. The patient is
  heterozygous for the Z allele (carrier). Serum AAT levels in MZ
  individuals are typically mildly reduced. MZ heterozygotes who smoke
  have an increased risk of COPD. The Z allele is associated with
  severe deficiency only in the homozygous (ZZ) state or in combination
  with another deficient allele (SZ, Z/null).
  Reference phenotype: MM.

H = High, L = Low, * = Abnormal, C = Critical
Report released 30-Jan-2026 13:27 MST. Electronically signed:
Jonathan Mercer, MD, Medical Director
"""},
        {"id": "d3", "type": "other", "date": "2026-02-10", "text": """
TRI-COUNTY PULMONARY & SLEEP
Letter to referring provider

02/10/2026
Carla Dietz, NP
Lakeview Family Medicine

Re: Louis P. Brannigan, DOB 09/30/1959

Dear Ms. Dietz,

Thank you for referring Mr. Brannigan. His alpha-1 antitrypsin testing is
back: phenotype MZ, serum level 96 mg/dL. He is a carrier of one Z allele
and does not have severe alpha-1 antitrypsin deficiency. He is not a
candidate for augmentation (Prolastin-C, Aralast NP, Zemaira, Glassia);
these products are reserved for severe deficiency such as his brother's
ZZ genotype.

His COPD with centrilobular emphysema (FEV1 58% predicted) is smoking-
related. I added azithromycin 250 mg three times weekly and referred him
to pulmonary rehabilitation. He has been a non-smoker since 2018, which
remains the most important thing for his lungs.

His children should be offered alpha-1 testing (cascade screening).
I will see him again in 4 months.

Sincerely,
Vivek Subramaniam, MD
"""},
    ],
}

GOLD = {
    "chart_id": "b6-006",
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
        {"kind": "genotype", "alleles": ["M", "Z"]},
        {"kind": "serum_aat", "value": 96, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 58},
        {"kind": "weight", "value": 84.7, "unit": "kg", "value_kg": 84.7},
        {"kind": "smoking_status", "value": "former"},
    ],
    "notes": (
        "NEGATIVE CONTROL (MZ carrier, normal-ish level, no augmentation). Reference-lab report with results on the line "
        "below the test name; key = value vitals/labs in the note. No claim lines -> units_match_dose and code_selection "
        "not_applicable; wastage missing (no claim lines, no waste statement). AATD is never affirmed for this patient "
        "('r/o AATD', 'does NOT have severe alpha-1 antitrypsin deficiency', 'AATD ... is ruled out') -> aatd_diagnosis missing. "
        "Genotype MZ only -> conflict. Level 96 mg/dL >= 57 -> conflict. Traps: brother Gary PI*ZZ 19 mg/dL on Prolastin-C "
        "(family), hypothetical 'If his level had been below 57 mg/dL', threshold '< 11 uM / ~57 mg/dL' in discussion, "
        "reference interval 100-190 and reference phenotype MM, interpretive text on Z allele (general), product names in "
        "the letter (not given; no drug_product finding), azithromycin 250 mg, aspirin 81 mg, 4 mm nodule. "
        "[calc] dos_weight_kg=84.7"
    ),
}
