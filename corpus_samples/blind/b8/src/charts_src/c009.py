from common import doc, emit, req_ids

CID = "b8-009"
DOS = "2026-02-19"

d1 = doc("d1", "progress_note", DOS, """
TELEHEALTH VIDEO VISIT - Pulmonary New Patient Consultation
Cascadia Chest Clinic                         Date of service: 02/19/2026   Start 14:02   End 14:47
Patient: ABERNETHY, Colin P.   DOB 05/09/1978 (47 y)   MRN CCC-552901
Patient location: home (verified address)   Provider location: clinic office
Consent for video visit: verbal, documented. Interpreter: not needed.
Provider: Ines Carvalho, MD
Referring: Dr. K. Sato (PCP)   Insurance: Keystone Shield PPO (commercial)

HPI
47-year-old man with dyspnea on exertion for 2 years, found to have alpha-1 antitrypsin deficiency on
testing ordered by his PCP in 12/2025 (prompted by basal emphysema on a CT done for kidney stones).
Level 22 mg/dL, SERPINA1 genotyping Z/Z. No liver disease known. Two winter "bronchitis" episodes per
year, treated with antibiotics by urgent care. Works as a long-haul dispatcher (sedentary).
Tobacco: current every-day smoker, about 10 cigarettes/day, 28 pack-years. He quit for 14 months in
2019-2020 and relapsed. Wants to quit again. Vapes occasionally. No marijuana.
Family: mother died at 58 of "COPD"; one brother, untested; two children (15 and 12), untested.

Medications: albuterol HFA PRN (daily lately); no maintenance inhaler. Lisinopril 10 mg daily.
Allergies: none.

Exam (video): speaking full sentences, mild pursed-lip breathing after walking to the camera. No accessory
muscle use visible. Patient-reported home scale weight today 172 lb; height 5'11".

Data reviewed
- AAT 22 mg/dL (12/04/2025, nephelometry; ref 100-190). Genotype PI*ZZ (c.1096G>A homozygous).
- CT abdomen/pelvis 10/2025 (lung bases): panlobular emphysema, lower lobes.
- Spirometry 01/22/2026 (Cascadia PFT lab): post-BD FEV1 1.98 L = 48% predicted; FEV1/FVC 0.52;
  consistent with moderately severe airflow obstruction.

Assessment
1. Alpha-1 antitrypsin deficiency, PI*ZZ, with panlobular emphysema (E88.01, J43.1).
2. Active tobacco use (F17.210) - the main obstacle to augmentation.
3. No maintenance bronchodilator therapy.

Plan
- Augmentation therapy discussed at length (mechanism, weekly IV, evidence on CT lung density, cost).
  Not starting today. Plan: Zemaira 60 mg/kg IV weekly (anticipated ~4,680 mg at 78 kg) once he is
  tobacco-free and the insurer approves. PA request submitted today; he understands most plans require
  non-smoking status.
- Smoking cessation: varenicline 0.5 mg daily x 3 d, 0.5 mg BID x 4 d, then 1 mg BID; quit date 03/05/2026;
  quit-line referral placed.
- Start tiotropium/olodaterol 2.5/2.5 mcg 2 inhalations daily.
- Vaccines: influenza, PCV20, RSV, hepatitis A/B series.
- LFTs and liver ultrasound for AATD liver screening.
- Recommend testing of brother and children (cascade testing); genetic counseling referral.
- Follow-up video visit 4 weeks; in-person PFT and 6MWT in 3 months.

Ines Carvalho, MD   signed 02/19/2026 16:05
""")

d2 = doc("d2", "other", DOS, """
PRIOR AUTHORIZATION REQUEST - Specialty Drug, Medical Benefit
To: Keystone Shield PPO - Utilization Management (fax 1-888-555-0120)
From: Cascadia Chest Clinic, Ines Carvalho, MD           Date submitted: 02/19/2026 16:20
Member: Colin P. Abernethy   DOB 05/09/1978   Member ID: KSX-902144871
Drug requested: Zemaira (alpha1-proteinase inhibitor, human)   HCPCS: J0256
Dose requested: 60 mg/kg IV weekly = 4,680 mg/week (weight 78 kg)   Units requested: 468 units/week x 52 weeks
Site of care: Cascadia Infusion Center (in-network)
ICD-10: E88.01, J43.1

Payer criteria checklist (form language):
 [x] Age 18 years or older
 [x] Pre-treatment serum AAT < 11 umol/L (< 57 mg/dL nephelometry / < 80 mg/dL RID)  -> result 22 mg/dL 12/04/2025
 [x] High-risk genotype/phenotype (PiZZ, PiZ(null), Pi(null,null))                   -> PI*ZZ
 [x] FEV1 25% to 80% of predicted                                                       -> 48% 01/22/2026
 [ ] Non-smoker or former smoker (6 months or longer)                                   -> NOT MET: current smoker;
     cessation program started 02/19/2026
 [x] On optimal bronchodilator therapy (started 02/19/2026)

STATUS: SUBMITTED - PENDING CLINICAL REVIEW
Payer tracking number: KS-TRK-7730415 (request tracking only; authorization number issued on approval)
Expected determination: 5-7 business days.
Attachments: consult note 02/19/2026, lab 12/04/2025, PFT 01/22/2026, CT report 10/2025.

Prescriber attestation: I attest that the information provided is accurate and supported by the medical
record. Signature on file - Ines Carvalho, MD (NPI on file)     Contact: clinic PA line 503-555-0176
Fax confirmation: 02/19/2026 16:22, 9 pages, transmission OK.
""")

d3 = doc("d3", "lab_report", "2025-12-04", """
SATO FAMILY MEDICINE - Reference Lab Results                         Printed 12/09/2025
Patient: Abernethy, Colin P      DOB 05/09/1978      Collected 12/04/2025 07:48      Fasting: yes

TEST                                   RESULT        FLAG   UNITS     REFERENCE
Alpha-1-Antitrypsin, Serum             22            LOW    mg/dL     100-190
  Method: nephelometry
Alpha-1-Antitrypsin Genotype (SERPINA1, S and Z alleles)
  S allele (c.863A>T)                  Not detected
  Z allele (c.1096G>A)                 Detected, homozygous
  Interpretation                       PI*ZZ. Consistent with severe alpha-1 antitrypsin deficiency.
Basic Metabolic Panel
  Sodium                               140                  mmol/L    136-145
  Potassium                            4.1                  mmol/L    3.5-5.1
  Creatinine                           1.02                 mg/dL     0.70-1.30
  Glucose                              96                   mg/dL     70-99
Hepatic Function Panel
  ALT                                  41            HIGH   U/L       7-40
  AST                                  33                   U/L       10-40
  Bilirubin, total                     0.8                  mg/dL     0.2-1.2
CBC
  Hemoglobin                           16.8                 g/dL      13.0-17.5
  Platelets                            212                  K/uL      150-400

Comment: Genotyping does not detect rare or null alleles. Family testing recommended.
Reviewed by K. Sato, MD 12/09/2025 - referral to pulmonology placed.
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "commercial", "name": "Keystone Shield PPO"},
    "documents": [d1, d2, d3],
}

reqs = {r: "missing" for r in req_ids("commercial")}
reqs.update({
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "units_match_dose": "not_applicable",
    "code_selection": "not_applicable",
    "smoking_status": "conflict",
    "fev1_range": "met",
})

gold = {
    "chart_id": CID,
    "profile": "commercial",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 22, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 48},
        {"kind": "weight", "value": 172, "unit": "lb", "value_kg": 78.0},
        {"kind": "smoking_status", "value": "current"},
    ],
    "notes": (
        "NEGATIVE CONTROL (augmentation discussed, never given) in an otherwise eligible PI*ZZ patient. No claim lines "
        "-> units/code not_applicable. Nothing administered: dose/lot/exp/times/wastage missing; no response (therapy "
        "not started). PA missing: request 'PENDING', 'tracking number KS-TRK-7730415' is not an authorization. Smoking "
        "current -> conflict (the 2019-2020 quit period does not make him former). FEV1 48 % -> met. Weight: 172 lb "
        "patient-reported (172 x 0.45359237 = 78.02 -> 78.0); the PA form's '(weight 78 kg)' inside the dose calculation "
        "restates the same weight (same 78.0 kg), not a second value. Traps: planned Zemaira ~4,680 mg and 468 units/week requested (planned, not "
        "given; no drug_product finding because nothing was given); payer criteria checklist thresholds; varenicline "
        "0.5/1 mg, lisinopril 10 mg; mother 'COPD' (family); children/brother untested; visit times 14:02/14:47; ref 100-190."
    ),
}

emit(chart, gold)
