CHART = {
    "chart_id": "b6-009",
    "date_of_service": "2026-04-14",
    "payer": {"profile": "medicaid", "name": "Ohio Medicaid - CareSource"},
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-04-14", "text": """
MERCY VALLEY PULMONARY ASSOCIATES
Progress Note                                      04/14/2026 2:15 PM
Patient: Shonda R. Whitlock   DOB: 10/05/1978   Age: 47 y   MRN: MV-6620193
Provider: Paul Iverson, DO         Insurance: CareSource Ohio Medicaid

Chief Complaint
Follow-up COPD; results of alpha-1 antitrypsin testing.

History of Present Illness
47-year-old woman with COPD diagnosed 2023 and 22 pack-year former smoking
history (quit 03/2022). Her sister (age 44) was recently diagnosed with
alpha-1 antitrypsin deficiency, PiZZ, AAT 0.35 g/L, and started Aralast NP
in Columbus. Given COPD at a young age and the family history we sent
AAT level and proteotype on 03/31/2026. She reports stable dyspnea with
brisk walking, mMRC 1, CAT 12. No exacerbations in the past year. Uses
albuterol 1-2x/week.

Medications
- Fluticasone furoate/vilanterol 100/25 mcg 1 inh daily
- Albuterol HFA 90 mcg 2 puffs q4h PRN
- Levothyroxine 75 mcg daily
- Ethinyl estradiol/norethindrone (OCP) daily

Vital Signs
BP 118/72   HR 76   RR 16   Temp 97.8 F   SpO2 97% RA
Weight 63.9 kg   Height 165 cm   BMI 23.5

Exam
Lungs clear, mildly prolonged expiration. No clubbing. Normal heart sounds.

Results
- Alpha-1-antitrypsin, serum: 1.32 g/L (reference 0.90-2.00 g/L)
- A1AT proteotype (LC-MS/MS): Negative for S and Z
- CRP 3.1 mg/L
- Spirometry 03/31/2026 (post-BD): FEV1 2.09 L, 71% predicted;
  FEV1/FVC 0.66 - mild airflow obstruction.
- CT chest 02/2026: mild centrilobular emphysema, upper lobes.

Assessment
1. COPD, mild (GOLD 2), with mild centrilobular emphysema - stable.
2. Alpha-1 antitrypsin deficiency ruled out: normal serum level and no S
   or Z protein detected. Note that estrogen-containing OCP can raise AAT
   (acute-phase/estrogen effect), but a level of 1.32 g/L with a Non-S
   Non-Z proteotype makes clinically significant deficiency very unlikely.
   Would only pursue SERPINA1 sequencing if a null/rare variant were
   suspected (e.g. a level below 0.9 g/L).
3. Former smoker - remains abstinent.

Plan
- No augmentation therapy indicated.
- Continue ICS/LABA; albuterol PRN.
- Patient education on AATD provided (handout below).
- Encourage her children to follow pediatrician guidance; testing only
  if she were a carrier - not indicated now.
- Spirometry in 12 months; RTC 6 months.

Patient education (pasted from handout): Alpha-1 antitrypsin deficiency
(AATD) is an inherited condition. People with two Z genes (ZZ) can
develop emphysema in their 30s or 40s, especially if they smoke.
Treatment for severe AATD may include weekly IV augmentation therapy.

Electronically signed: Paul Iverson, DO   04/14/2026 2:58 PM
"""},
        {"id": "d2", "type": "lab_report", "date": "2026-04-03", "text": """
Mercy Valley Health Laboratory - Results Export (HTML to text)
Patient: WHITLOCK, SHONDA R    MRN: MV-6620193    DOB: 10/05/1978
Ordering: Iverson, Paul DO     Collected: 03/31/2026 08:05
Reported: 04/03/2026 11:47      Status: Final

Test
Result
Units
Reference Range
Flag
Performed At
Alpha-1-Antitrypsin, Serum
1.32
g/L
0.90 - 2.00

Mercy Valley Core Lab
C-Reactive Protein
3.1
mg/L
0.0 - 5.0

Mercy Valley Core Lab
TSH
2.41
mIU/L
0.40 - 4.50

Mercy Valley Core Lab

Test
Result
Interpretation
Performed At
Alpha-1-Antitrypsin Proteotype S/Z (LC-MS/MS)
Negative for S and Z
Non-S Non-Z. No S or Z alpha-1 antitrypsin protein detected.
This assay does not detect rare or null variants.
Mayo Clinic Laboratories

Comment
Reference proteotype: Non-S Non-Z. Results from patients receiving
augmentation therapy may be misleading; patient is not on augmentation.
"""},
        {"id": "d3", "type": "other", "date": "2026-04-14", "text": """
MyMercyValley Patient Portal - Message
From: Paul Iverson, DO
To: Shonda R. Whitlock
Sent: 04/14/2026 6:12 PM
Subject: Your alpha-1 test results

Hi Ms. Whitlock,

As we discussed at today's visit, your alpha-1 antitrypsin level is normal
(1.32 g/L) and the test found no S or Z alpha-1 protein. This means you
do not have alpha-1 antitrypsin deficiency like your sister, and you do
not need the weekly IV treatment she receives.

Your COPD is mild and stable. Keep using your Breo inhaler every day and
stay smoke-free - you are doing great since you quit in 2022.

We will repeat your breathing test next spring.

Dr. Iverson
"""},
    ],
}

GOLD = {
    "chart_id": "b6-009",
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
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "M"]},
        {"kind": "serum_aat", "value": 1.32, "unit": "g/L"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 71},
        {"kind": "weight", "value": 63.9, "unit": "kg", "value_kg": 63.9},
        {"kind": "smoking_status", "value": "former"},
    ],
    "notes": (
        "NEGATIVE CONTROL (AATD ruled out). Progress note + HTML-to-text lab export (cells one per line) + portal message. "
        "No claim lines. 'Negative for S and Z' -> genotype [M,M] -> conflict. Level 1.32 g/L >= 0.57 -> conflict. "
        "AATD is only ruled out / negated -> aatd_diagnosis missing. Medicaid requires PA -> missing (none). "
        "Traps: sister PiZZ 0.35 g/L on Aralast NP (family), pasted patient-education AATD text (general), hypothetical "
        "'level below 0.9 g/L', reference ranges 0.90-2.00 g/L and reference proteotype 'Non-S Non-Z', OCP/estrogen caveat, "
        "levothyroxine 75 mcg. [calc] dos_weight_kg=63.9"
    ),
}
