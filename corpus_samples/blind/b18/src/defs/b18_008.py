# b18-008: medicare. NEGATIVE CONTROL. Styles (7) observation-stay discharge summary + (6) telephone
# encounter. COPD exacerbation; AATD worked up because his brother is PI*ZZ and ruled out (AAT 104 mg/dL,
# PI*MZ carrier). No A1PI given; the claim has only observation, steroid, antibiotic and vaccine lines.

D1 = """DISCHARGE SUMMARY - OBSERVATION STAY
Mercy Lakes Hospital | Clinical Decision Unit (CDU), bed 12
Patient: BRANDT, LEONARD W     MRN: ML-2290174     DOB: 10/03/1958 (67 y)   M
Observation start: 01/05/2026 14:30     Discharged: 01/06/2026 16:10
Attending: Farah Qureshi, DO     Consults: none     PCP: Gail Emmerich, MD
Payer: Medicare Part B (outpatient observation, MOON given 01/05 18:05)

PRINCIPAL DIAGNOSIS
 Acute exacerbation of COPD (J44.1)
SECONDARY DIAGNOSES
 - COPD with centrilobular emphysema (J43.2) - CT 2024
 - Tobacco use disorder, current, 1 ppd (F17.210)
 - Alpha-1 antitrypsin deficiency: RULED OUT this stay (AAT 104 mg/dL,
   phenotype PI*MZ - heterozygous carrier, not deficient)
 - Hyperlipidemia; BPH

HOSPITAL COURSE
67 y/o man, current smoker (~50 pack-years, still 1 ppd), with COPD and
emphysema (FEV1 58% predicted, 03/2024), presented with 4 days of worsening
dyspnea and yellow sputum. ED: SpO2 87% RA, RR 26, T 99.6 F, WBC 12.4,
CXR hyperinflation without infiltrate. Weight 97.2 kg (214 lb) on the ED
bed scale.

Treatment: methylprednisolone 125 mg IV x1 in the ED (14:05), then prednisone
40 mg PO daily; ceftriaxone 1 g IV over 30 min (infused 17:10-17:40 on
01/05) and azithromycin 500 mg PO x1 then 250 mg daily; DuoNeb q4h. By the
morning of 01/06 he was on room air (SpO2 92%), walking the hall without
desaturation below 89%.

AATD evaluation: his brother (PI*ZZ) receives weekly Prolastin-C, 5,040 mg
IV, at the Mercy infusion center, and asked that Leonard be tested. Sent
01/05: serum AAT 104 mg/dL (ref 90-200 mg/dL, nephelometry; CRP 41 mg/L at
the time, so possibly acute-phase elevated) and phenotype (IEF): MZ. He is
a heterozygous carrier; severe AATD is excluded and augmentation therapy
is NOT indicated. Had the level been < 57 mg/dL with a ZZ or SZ result he
would have been referred to the alpha-1 clinic for 60 mg/kg weekly (about
5,830 mg at his weight) - not applicable. Genetic counseling for his
children offered; daughter already tested MM.

Immunizations: PCV20 (Prevnar 20) 0.5 mL IM L deltoid 01/06 10:20, lot
LL7821, exp 02/2027. Influenza vaccine already given 10/2025 at pharmacy.

Smoking: counseled >10 min; he is "ready to cut down". Nicotine patch
21 mg/24 h applied 01/05 20:00 (patch lot NP24190, exp 09/2027); declined
varenicline for now.

DISCHARGE MEDICATIONS
 - Prednisone 40 mg PO daily through 01/09/2026
 - Azithromycin 250 mg PO daily through 01/09/2026
 - Tiotropium 18 mcg inhaled daily (NEW)
 - Albuterol HFA 2 puffs q4h PRN
 - Nicotine patch 21 mg/24 h daily (NEW)
 - Atorvastatin 40 mg daily; tamsulosin 0.4 mg daily (home)

FOLLOW-UP: Pulmonary (Dr. Ansel Whitcombe) 2 weeks; PCP 1 week;
PFT in 8 weeks once recovered.

Electronically signed by Farah Qureshi, DO on 01/06/2026 17:22
"""

D2 = """TELEPHONE ENCOUNTER - PULMONARY CLINIC
Date: 01/08/2026 15:12     Staff: Joanne Pike, RN (pulmonary triage)
Provider reviewed: Ansel Whitcombe, MD
Patient: BRANDT, LEONARD W   MRN ML-2290174   DOB 10/03/1958
Call from: patient (identity verified)

Reason: post-discharge call (CDU 01/05-01/06) and question about "alpha-1
infusions".

RN note: Feels "a lot better" on prednisone and azithromycin, less sputum,
sleeping flat. Still smoking about 10 cigarettes/day with the patch. Weight
at home this morning 213 lb. No fever.

He asked whether he should start "the alpha-1 infusions my brother gets
every Tuesday". Reviewed with Dr. Whitcombe: his level (104 mg/dL) and MZ
phenotype mean he does not have alpha-1 antitrypsin deficiency; he carries
one Z gene. No augmentation; the most important thing for his lungs is
stopping smoking. He verbalized understanding. Brother's infusion nurse had
told him MZ "sometimes" gets treated - clarified this is not the case for
him (level normal range).

Dr. Whitcombe addendum 01/08 16:40: agree. Will repeat AAT only if a
future level off steroids/infection is < 90 mg/dL (not expected). Start
varenicline 0.5 mg daily x3 days, 0.5 mg BID x4 days, then 1 mg BID - Rx
sent. PFT and CT follow-up 03/2026. Keep 01/20/2026 visit.
"""

CHART = {
    "chart_id": "b18-008",
    "date_of_service": "2026-01-06",
    "payer": {"profile": "medicare", "name": "Medicare Part B (outpatient observation)"},
    "claim_lines": [
        {"hcpcs": "G0378", "units": 26, "modifiers": []},
        {"hcpcs": "J2930", "units": 1, "modifiers": ["JZ"]},
        {"hcpcs": "J0696", "units": 4, "modifiers": ["JZ"]},
        {"hcpcs": "96374", "units": 1, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "90677", "units": 1, "modifiers": []},
        {"hcpcs": "G0009", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-06", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-01-08", "text": D2},
    ],
}
PROFILE = "medicare"

FINDINGS = [
    ({"kind": "genotype", "alleles": ["M", "Z"]}, "d1", "phenotype PI*MZ - heterozygous carrier, not deficient"),
    ({"kind": "serum_aat", "value": 104, "unit": "mg/dL"}, "d1", "serum AAT 104 mg/dL (ref 90-200 mg/dL, nephelometry"),
    ({"kind": "lung_disease", "value": "copd"}, "d1", "Acute exacerbation of COPD (J44.1)"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d1", "COPD with centrilobular emphysema (J43.2)"),
    ({"kind": "fev1", "value": 58}, "d1", "FEV1 58% predicted, 03/2024"),
    ({"kind": "smoking_status", "value": "current"}, "d1", "Tobacco use disorder, current, 1 ppd (F17.210)"),
    ({"kind": "weight", "value": 97.2, "unit": "kg", "value_kg": 97.2}, "d1", "Weight 97.2 kg (214 lb) on the ED\nbed scale"),
    ({"kind": "weight", "value": 213, "unit": "lb", "value_kg": 96.6}, "d2", "Weight\nat home this morning 213 lb"),
]

DECOYS = [
    ("d1", "Alpha-1 antitrypsin deficiency: RULED OUT this stay"),
    ("d1", "receives weekly Prolastin-C, 5,040 mg"),
    ("d1", "about\n5,830 mg at his weight"),
    ("d1", "lot\nLL7821, exp 02/2027"),
    ("d1", "infused 17:10-17:40"),
    ("d2", "Feels \"a lot better\" on prednisone and azithromycin"),
    ("d1", "daughter already tested MM"),
]

REQUIREMENTS = {
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
}
EXPECT_GAPS = ["aatd_diagnosis", "genotype", "serum_aat_level", "dose_administered", "dose_matches_weight",
               "wastage_documented", "lot_number", "expiration_date", "infusion_times", "response_to_therapy"]

NOTES = ("NEGATIVE CONTROL (AATD ruled out; no A1PI given). Observation discharge summary + telephone "
         "encounter. PI*MZ with AAT 104 mg/dL -> genotype and serum conflict; 'Alpha-1 antitrypsin deficiency: "
         "RULED OUT' and 'does not have alpha-1 antitrypsin deficiency' are negated. Claim lines carry no A1PI "
         "code: units/code not_applicable, wastage missing (no A1PI waste statement; JZ on J2930/J0696 is "
         "irrelevant). Traps: brother PI*ZZ on Prolastin-C 5,040 mg weekly (family, not a product finding); "
         "hypothetical 60 mg/kg ~5,830 mg; ceftriaxone 17:10-17:40; PCV20 lot LL7821 exp 02/2027; nicotine "
         "patch lot/exp; 'feels a lot better on prednisone' is not a response to augmentation; daughter MM; "
         "CRP 41 mg/L; varenicline titration.")

ARITH = {
    "dos": "2026-01-06",
    "product": None,
    "weights": [
        {"value_kg": 97.2, "date": "2026-01-05"},
        {"value_kg": 96.6, "date": "2026-01-08"},
    ],
    "weight_kg": 97.2,
    "dose_mg": None,
    "target_mg": None,
    "pct_diff": None,
    "within_10pct": None,
    "lines": [],
    "waste_mg": None,
    "jw_units_expected": None,
    "lots": [],
}
