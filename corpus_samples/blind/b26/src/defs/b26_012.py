"""b26-012: commercial, NEGATIVE CONTROL. Styles (4)+(5): an allergy/immunology consult for
recurrent sinusitis and IgA deficiency in which AAT testing (for a family history) shows PI*MZ with
a normal-range level; the lab report; and a portal message thread where the patient asks whether he
needs infusions like his mother. Not on A1PI; claim is the consult and skin testing only."""

CHART_ID = "b26-012"
DOS = "2026-02-03"
PAYER = {"profile": "commercial", "name": "Northwind Health PPO"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "99204", "units": 1, "modifiers": ["25"]},
    {"hcpcs": "95004", "units": 24, "modifiers": []},
]

D1 = """
RIVERSTONE ALLERGY & IMMUNOLOGY ASSOCIATES
New Patient Consultation                              Date of service: 02/03/2026
Patient: Gallagher-Reyes, Owen P.    DOB 07/22/1992    MRN RAI-80231
Consultant: Leilani Kahananui, MD     Referring: Brett Osterhaus, PA-C (primary care)

Reason for consult: (1) recurrent sinusitis, 4 courses of antibiotics in 2025; (2) low IgA on
PCP labs; (3) "alpha-1 question" - mother has alpha-1 antitrypsin deficiency (PI*ZZ) and receives
weekly Prolastin-C; patient asked to be tested.

HPI: 33 y/o man, HVAC technician. Sinus infections every 2-3 months since 2024, each treated
with amoxicillin-clavulanate. Seasonal nasal congestion and itchy eyes April-June. Childhood
asthma; now uses albuterol maybe once a month with exercise in cold air. No pneumonias, no
hospitalizations, no chronic cough. Never smoker, no vaping; occupational dust exposure with
respirator. No skin nodules, no jaundice.

PMH: childhood asthma (mild intermittent now); allergic rhinitis; appendectomy 2010.
Meds: albuterol HFA prn; fluticasone nasal prn.   Allergies: penicillin - hives as a child
(tolerates amoxicillin-clavulanate; low risk).
FHx: mother - AATD, PI*ZZ, emphysema, on augmentation since 2018; maternal uncle - COPD, died
at 59; father - hypertension.

Exam: Wt 78.0 kg, Ht 180 cm. BP 122/76. Pale boggy turbinates, no polyps. Lungs clear, no
wheeze, no prolonged expiration. Skin: no rashes, no panniculitis.

Spirometry today: FEV1 4.41 L (96% predicted), FVC 5.30 L (98%), FEV1/FVC 0.83 - normal,
no obstruction; no significant bronchodilator response.

Skin prick testing (24 aeroallergens): positive to timothy grass (8 mm), birch (6 mm), dust
mite D. pteronyssinus (5 mm); histamine 7 mm; saline 0 mm.

Labs (PCP 01/12/2026 and ours 01/20/2026): see report. IgA 9 mg/dL (low), IgG 1,040 mg/dL,
IgM 88 mg/dL. Alpha-1 antitrypsin 92 mg/dL; phenotype PI*MZ.

Assessment / Plan:
1. Selective IgA deficiency with recurrent sinusitis - check pneumococcal titers; if poor
   response, consider prophylactic antibiotics. CT sinus if another infection.
2. PI*MZ heterozygote (carrier) with AAT 92 mg/dL - he does NOT have alpha-1 antitrypsin
   deficiency and augmentation therapy is not indicated. Normal spirometry; no emphysema
   on 2024 chest CT done for a work injury. Counseled: never smoke, dust protection, avoid
   heavy alcohol. Would repeat spirometry every few years.
3. Allergic rhinitis (grass, birch, dust mite) - fluticasone daily in season; discussed
   allergen immunotherapy.
4. Asthma, mild intermittent - albuterol prn.
Follow-up 3 months.

L. Kahananui, MD  02/03/2026 15:20
"""

D2 = """
CASCADIA DIAGNOSTIC LABORATORY
Patient: GALLAGHER-REYES, OWEN P     DOB 07/22/1992     M
Ordered by: L. Kahananui, MD           Collected 01/20/2026 09:14    Reported 01/26/2026 11:30

ALPHA-1 ANTITRYPSIN PANEL
  Alpha-1 antitrypsin, serum (nephelometry)     92 mg/dL        ref 100-190 mg/dL     L
  Alpha-1 antitrypsin phenotype (IEF)           MZ              ref MM                A
  Interpretation: MZ phenotype. Heterozygous carrier of the Z allele. The level is mildly
  reduced, above the 57 mg/dL (11 umol/L) protective threshold used for augmentation criteria.
IMMUNOGLOBULINS
  IgA     9 mg/dL       ref 70-400      L
  IgG     1,040 mg/dL   ref 700-1600
  IgM     88 mg/dL      ref 40-230
C-reactive protein    2.2 mg/L   ref < 10
"""

D3 = """
Riverstone Patient Portal - Messages

From: Owen Gallagher-Reyes        Sent: 02/10/2026 9:03 PM
Subject: my alpha-1 results
Hi Dr. Kahananui, thanks for seeing me last week. I read the report and it says MZ and
"carrier". My mom gets her Prolastin every Tuesday and I wanted to make sure I don't need the
infusions too. I'm 172 lb, work out 4x a week, no breathing problems except the sinus stuff.
Should my sister get tested? Thanks, Owen

From: Riverstone Allergy (T. Nguyen, RN for Dr. Kahananui)   Sent: 02/11/2026 10:37 AM
Hi Owen, Dr. Kahananui reviewed your message. MZ means you carry one Z copy; your level
(92) is well above the range where infusions are used, so no infusions are recommended.
The main things are to never smoke and to protect your lungs at work. Your sister can ask her
own doctor for an alpha-1 level and phenotype. Your pneumococcal titer order is in the lab.
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-02-03", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2026-01-26", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-02-11", "text": D3},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d2", "_ev": "Alpha-1 antitrypsin phenotype (IEF)           MZ"},
    {"kind": "serum_aat", "value": 92, "unit": "mg/dL", "_doc": "d2", "_ev": "Alpha-1 antitrypsin, serum (nephelometry)     92 mg/dL"},
    {"kind": "weight", "value": 78.0, "unit": "kg", "value_kg": 78.0, "_date": "2026-02-03", "_doc": "d1", "_ev": "Wt 78.0 kg"},
    {"kind": "weight", "value": 172, "unit": "lb", "value_kg": 78.0, "_date": "2026-02-10", "_doc": "d3", "_ev": "I'm 172 lb"},
    {"kind": "fev1", "value": 96, "_doc": "d1", "_ev": "FEV1 4.41 L (96% predicted)"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Never smoker, no vaping"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing",
    "genotype": "conflict",
    "serum_aat_level": "conflict",
    "lung_disease_evidence": "missing",
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
    "fev1_range": "conflict",
}

ARITH = {
    "dos": "2026-02-03",
    "weight": {"value": 78.0, "unit": "kg", "kg": 78.0, "date": "2026-02-03"},
    "dose_mg": None,
    "target_mg": 4680.0,
    "tolerance_mg": 468.0,
    "deviation_pct": None,
    "within_tolerance": None,
    "code": None,
    "billing_unit_mg": None,
    "units_expected": None,
    "units_billed": None,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": None,
    "modifiers": [],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
NEGATIVE CONTROL: PI*MZ carrier seen by allergy/immunology, not on A1PI; claim 99204-25 + 95004 x 24
(no drug line -> units and code not_applicable; wastage missing, no A1PI waste statement).
aatd_diagnosis missing ("does NOT have alpha-1 antitrypsin deficiency"; the reason-for-consult
"alpha-1 question" and the mother's AATD are not the patient's diagnosis); genotype conflict (MZ);
serum conflict (92 mg/dL, nephelometry, >= 57); lung disease missing ("no obstruction", "no
emphysema" negated; childhood/mild intermittent asthma is not a listed lung-disease value and
spirometry is normal); FEV1 96 % out of 25-80 -> conflict. Weights: 78.0 kg (clinic) and the
patient's "I'm 172 lb" in the portal (value_kg 78.0) are both listed; the DOS weight is nearest.
Traps: mother PI*ZZ on Prolastin-C (family, not a product finding); maternal uncle COPD; reference
100-190 / MM; the lab's 57 mg/dL (11 umol/L) threshold; IgA/IgG/IgM; skin-test wheal sizes; "92"
in the RN reply; hypothetical prophylactic antibiotics, CT, immunotherapy.
"""
