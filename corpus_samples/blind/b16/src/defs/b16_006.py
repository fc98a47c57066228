from _lib import F, W, reqs, gold

D1 = """ARUP LABORATORIES | 500 Chipeta Way, Salt Lake City, UT 84108-1221 | (800) 522-2787
Laboratory Director: Jonathan R. Genzen, MD, PhD

Patient:  HOLLOWAY, DESMOND R                     ARUP Accession: 24-276-118402
DOB:      07/19/1956        Sex: Male             Patient ID: 88301577
Client:   Piedmont Ridge Hospital Lab (C-20118)   Physician: ESTRADA, LUCIA M
Collected: 10/02/2024 07:55   Received: 10/03/2024 09:40   Report status: Final 10/09/2024 14:12

Procedure                                   Result          Units      Reference Interval
Alpha-1-Antitrypsin                         38  L           mg/dL      90-200
  Method: Quantitative Immunoturbidimetry
SERPINA1 Genotyping, 2 Variants
  Specimen                                  Whole Blood
  SERPINA1 Genotype                         Z/Z  *
  Interpretation                            See Note

Note:
  POSITIVE. Two copies of the pathogenic Z variant (c.1096G>A; p.Glu366Lys, historically
  p.Glu342Lys) were detected. This result is consistent with a diagnosis of severe alpha-1
  antitrypsin deficiency. The S variant (c.863A>T; p.Glu288Val, historically p.Glu264Val) was not
  detected.

  BACKGROUND INFORMATION: Alpha-1 Antitrypsin (SERPINA1) Genotyping, 2 Variants
  Characteristics: Alpha-1 antitrypsin deficiency (AATD) may cause early-onset emphysema,
  chronic obstructive pulmonary disease, and liver disease in children and adults.
  Prevalence: PI*ZZ approximately 1 in 2,000 to 5,000 individuals of European descent;
  PI*MZ approximately 1 in 30.
  Inheritance: Autosomal codominant.
  Cause: Pathogenic SERPINA1 variants.
  Variants Tested: c.863A>T (PI*S) and c.1096G>A (PI*Z).
  Clinical Sensitivity: Approximately 95 percent of severe deficiency is due to PI*ZZ.
  Methodology: Polymerase chain reaction (PCR) and fluorescence monitoring.
  Analytical Sensitivity and Specificity: Greater than 99 percent.
  Limitations: Only the targeted variants are detected. Rare deficiency alleles (for example,
  Mmalton, Mheerlen) and null alleles will not be identified. Diagnostic errors can occur due to
  rare sequence variations. Results should be correlated with serum AAT concentration.

  Counseling and informed consent are recommended for genetic testing. Consent forms are
  available online.

* Abnormal result
This test was developed and its performance characteristics determined by ARUP Laboratories.
It has not been cleared or approved by the US Food and Drug Administration.

Reported: 10/09/2024                                             Page 1 of 1
"""

D2 = """Piedmont Ridge Pulmonary Medicine
Progress Note

Patient: Desmond R. Holloway      DOB: 7/19/1956      MRN: 88301577
Date of Service: 3/4/2026
Provider: Lucia M. Estrada, MD
Location: Piedmont Ridge Infusion Center (seen during infusion)

CHIEF COMPLAINT: AATD on augmentation, 3-month follow-up

HPI: Desmond is a 69 y.o. male with severe AATD (PI*ZZ, AAT 38 mg/dL 10/2024), emphysema and
COPD, on weekly Prolastin-C Liquid since 12/2024. Dose set at 5,600 mg weekly on 12/3/2025
(60 mg/kg x 94.1 kg), tolerating infusions without reactions. ***

Today he reports his breathing is "holding steady." He states the weekly infusions "keep me out
of the hospital" - no admissions since 2023, one outpatient flare in 10/2025 treated with
prednisone 40 mg x 5 days. Uses albuterol about 3 times a week, mostly with yard work. No fevers,
no hemoptysis. Mild ankle swelling by evening, better overnight.

--- Copied from visit 12/3/2025 (exam and data, not re-reviewed today) ---
Vitals 12/3/2025: BP 138/84, HR 76, SpO2 92% RA, Wt 94.1 kg
Exam: barrel chest, decreased breath sounds throughout, prolonged expiration, no wheeze,
no clubbing, trace bilateral ankle edema.
PFT 11/2025: FEV1 1.58 L (47% pred), FVC 3.52 L (80% pred), FEV1/FVC 0.45, DLCO 49% pred.
PFT 11/2024: FEV1 1.61 L (48% pred).
CT chest 10/2024: panlobular emphysema, lower lobe predominant; 4 mm RUL nodule, stable.
--- end copied section ---

ROS: {blank}

Medications:
 Trelegy Ellipta 100-62.5-25 mcg 1 inh daily
 albuterol HFA 2 puffs q4h PRN
 Prolastin-C Liquid 60 mg/kg IV weekly (infusion center)
 furosemide 20 mg daily PRN edema
 amlodipine 5 mg daily
 aspirin 81 mg daily

Social: Former smoker, 40 pack-years, quit 2014. Lives with wife. Retired mail carrier.
Family: Daughter PI*MZ (tested 2025). Brother "had emphysema," not tested.

Vitals today: BP 142/86 | HR 78 | Temp 36.8 C | RR 18 | Wt *** | SpO2 93% RA

Exam: No distress, speaking in full sentences. Diminished breath sounds, no wheeze. Trace edema.

Assessment/Plan:
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01) - responding to augmentation: FEV1 essentially
   stable over 12 months (1.61 -> 1.58 L), one outpatient exacerbation in the past year. Continue
   Prolastin-C Liquid 60 mg/kg IV weekly; dose per infusion center on today's weight.
2. Emphysema / COPD (J43.1) - continue Trelegy. Pulmonary rehab maintenance.
3. Lung nodule 4 mm - stable since 2022, no further imaging per Fleischner.
4. Edema - likely amlodipine; consider switching to losartan {blank}.
5. Family: daughter MZ - counseled re: smoking avoidance; no augmentation indicated for MZ.

Follow-up: 3 months with PFTs. Infusions weekly.

Lucia M. Estrada, MD
3/4/2026 16:05
"""

D3 = """Piedmont Ridge Infusion Center
Infusion Nursing Note - Alpha-1 Proteinase Inhibitor

Patient: HOLLOWAY, DESMOND R      MRN 88301577      DOB 7/19/1956
Date of service: 3/4/2026          Chair: 12          RN: Priya V. Anand, RN
Order: Prolastin-C Liquid 60 mg/kg IV every 7 days - round to nearest vial combination (Estrada)

Arrival 13:41. Patient identified x 2.
Weight: 92.3 kg (chair scale, 13:44)       Height: 182 cm
Pre-vitals 13:45: T 36.8 C, BP 142/86, HR 78, RR 18, SpO2 93% RA
Screen: no fever, no new cough/sputum, no recent antibiotics, no rash. Last infusion 2/25/2026 -
tolerated.
IV: 22g R forearm, placed 13:52, 1 attempt, brisk blood return.

Medication: Prolastin-C Liquid (alpha1-proteinase inhibitor [human]) 50 mg/mL
 Dose: 5,500 mg IV = 110 mL  (60 mg/kg x 92.3 kg = 5,538 mg; rounded to vial combination)
 Vials: 4,000 mg/80 mL x 1 and 500 mg/10 mL x 3
 4,000 mg vial   Lot #: 31LQ0920   Exp: 10/31/2026
 500 mg vials    Lot #: 31LQ0877   Exp: 08/2026
 Pooled into empty sterile bag, administered via 15 micron in-line filter.

Infusion start: 14:02      Rate: 0.08 mL/kg/min (7.4 mL/min)
14:10  No reaction. BP 138/82 HR 76.
Infusion end: 14:21        Volume infused: 110 mL
All vials fully used; no waste.
NS flush 10 mL 14:22.

Post-vitals 14:30: BP 136/80, HR 74, SpO2 94% RA. Tolerated without adverse reaction.
Education: {blank}
PIV removed 14:34, tip intact, pressure dressing.
Discharged 14:38 ambulatory with wife. Next infusion 3/11/2026 14:00.

Priya V. Anand, RN       3/4/2026 14:45

Addendum - 3/4/2026 16:40 - Priya V. Anand, RN
Lot number for the 4,000 mg vial entered in error above (31LQ0920 is the lot of the vial
returned unopened to pharmacy stock). Per pharmacy dispensing record and the retained carton, the
4,000 mg vial administered today was Lot B43L0108, Exp 02/28/2026. Pharmacy (R. Osei, PharmD)
and charge RN notified; event report #IR-26-0311 filed. Patient without adverse effects at
discharge. 500 mg vial lot/exp unchanged.
"""

CHART = {
    "chart_id": "b16-006",
    "date_of_service": "2026-03-04",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Palmetto GBA, JM)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 550, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "lab_report", "date": "2024-10-09", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-03-04", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-03-04", "text": D3},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "severe AATD (PI*ZZ"),
    (F("genotype", alleles=["Z", "Z"]), "SERPINA1 Genotype                         Z/Z"),
    (F("serum_aat", value=38, unit="mg/dL"), "Alpha-1-Antitrypsin                         38  L           mg/dL"),
    (F("lung_disease", value="emphysema"), "panlobular emphysema, lower lobe predominant"),
    (F("lung_disease", value="copd"), "emphysema and\nCOPD"),
    (W(92.3), "Weight: 92.3 kg (chair scale, 13:44)"),
    (W(94.1), "Wt 94.1 kg"),
    (F("fev1", value=47), "FEV1 1.58 L (47% pred)"),
    (F("fev1", value=48), "FEV1 1.61 L (48% pred)"),
    (F("dose", value=5500), "Dose: 5,500 mg IV = 110 mL"),
    (F("wastage", value=0), "All vials fully used; no waste."),
    (F("lot_number", value="B43L0108"), "Lot B43L0108"),
    (F("lot_number", value="31LQ0877"), "Lot #: 31LQ0877"),
    (F("expiration_date", value="2026-02-28"), "Exp 02/28/2026"),
    (F("expiration_date", value="2026-08"), "Exp: 08/2026"),
    (F("infusion_start", value="14:02"), "Infusion start: 14:02"),
    (F("infusion_end", value="14:21"), "Infusion end: 14:21"),
    (F("response_to_therapy"), "responding to augmentation"),
    (F("smoking_status", value="former"), "Former smoker, 40 pack-years, quit 2014"),
    (F("drug_product", value="Prolastin-C Liquid"), "Prolastin-C Liquid"),
]

GOLD = gold(CHART, "medicare", reqs(
    "medicare",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="conflict", infusion_times="met",
    response_to_therapy="met", prior_authorization="not_applicable", code_selection="met",
), FINDINGS,
    "Gap: expiration_date conflict. The nursing addendum supersedes lot 31LQ0920 / Exp 10/31/2026 (entered in "
    "error) with Lot B43L0108, Exp 02/28/2026, which is before the DOS 2026-03-04 (expired vial given). The "
    "500 mg vials' lot 31LQ0877, Exp 08/2026 stand. Other traps: physician 'Wt ***' leftover; Wt 94.1 kg "
    "only in a copied-forward 12/3/2025 block (historical finding, not nearest DOS; DOS weight 92.3 kg in the "
    "nursing note); calc 5,538 mg is not the dose (5,500 mg given); the unmarked carried-over HPI sentence 'Dose set at 5,600 mg weekly on 12/3/2025 (60 mg/kg x 94.1 kg)' is a December order, not a second DOS dose; ARUP background text (prevalence, MZ 1 in "
    "30, AATD 'may cause' emphysema) is general; daughter PI*MZ and brother's emphysema are family; arrival "
    "13:41, PIV 13:52, flush 14:22, discharge 14:38 are not infusion times.")

ARITH = {
    "dos": "2026-03-04",
    "product_dos": ["Prolastin-C Liquid"],
    "weight_kg": 92.3, "weight_source": "nursing note chair scale 13:44",
    "dose_mg": 5500, "dose_source": "nursing note 5,500 mg = 110 mL (4,000 + 3 x 500)",
    "vials": [{"product": "Prolastin-C Liquid 4000 mg", "mg": 4000}] + [{"product": "Prolastin-C Liquid 500 mg", "mg": 500}] * 3,
    "code": "J0256", "bu": 10,
    "units_billed": 550, "modifiers_admin": ["JZ"],
    "waste_mg": 0, "jw_units_billed": None,
    "lots": [{"lot": "B43L0108", "exp": "2026-02-28"}, {"lot": "31LQ0877", "exp": "2026-08"}],
    "superseded": [{"lot": "31LQ0920", "exp": "2026-10-31"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
