D1 = """
ST. ANSELM REGIONAL HOSPITAL - DISCHARGE SUMMARY
Patient: BOATENG, CURTIS K      MRN SA-00618842      DOB 08/21/1964 (61 M)
Admitted: 02/10/2026 22:40 via ED      Discharged: 02/14/2026 13:15      LOS 4 days
Attending: Maren Holmquist, MD (Hospital Medicine)   Consult: Pulmonary (V. Adeyemi, MD)
PCP: Southside Community Health Center      Payer: Medicaid (HealthFirst MCO)

PRINCIPAL DIAGNOSIS: Acute exacerbation of COPD (J44.1) triggered by RSV infection
SECONDARY: Alpha-1 antitrypsin deficiency (E88.01), PI*ZZ; panlobular emphysema (J43.1); acute on chronic
hypoxemic respiratory failure (resolved); steroid-induced hyperglycemia; hypertension.

HOSPITAL COURSE
Mr. Boateng presented with 4 days of cough, wheeze and fever; RSV PCR positive, CXR without
consolidation. ABG on arrival pH 7.33, pCO2 52, pO2 58 on 2 L. Treated with BiPAP overnight (02/10-02/11),
then nasal cannula 2 L, weaned to room air 02/13. Methylprednisolone 40 mg IV q12h x 48 h, then
prednisone 40 mg daily; azithromycin 500 mg x1 then 250 mg daily x4; ceftriaxone 1 g IV daily x 3 days
(stopped when procalcitonin 0.08). DVT prophylaxis enoxaparin 40 mg SQ daily.
Augmentation: his weekly Zemaira (last outpatient dose 02/03/2026) was HELD during admission per
pulmonary (acute infection); no A1PI given in hospital. AAT level drawn 02/11: 0.41 g/L (on therapy,
8 days after last dose). Pulmonary reviewed: baseline AAT 19 mg/dL (2016), PI*ZZ.
Glucose up to 280 on steroids - sliding scale insulin; A1c 5.9%, no home insulin needed.

DISCHARGE CONDITION: stable; SpO2 92% RA at rest, 89% with ambulation (no home O2 per 6MWT criteria).
Discharge weight 74.9 kg.

DISCHARGE MEDICATIONS
  prednisone 40 mg daily x 2 more days (through 02/16), then stop
  azithromycin - completed
  Trelegy Ellipta 200/62.5/25 1 inhalation daily (CHANGED from 100 strength)
  albuterol neb 2.5 mg q4h prn
  lisinopril 10 mg daily
  RESUME Zemaira 60 mg/kg IV weekly - next infusion 02/17/2026 at St. Anselm Infusion Center
    (previous dose ~4,500 mg; recheck weight)

FOLLOW-UP: Pulmonary (Dr. Adeyemi) 2-3 weeks; PCP 1 week; pulmonary rehab referral after recovery.
Smoking: former smoker (quit 2014) - no relapse.

Maren Holmquist, MD   02/14/2026 15:02
"""

D2 = """
ST. ANSELM INFUSION CENTER - A1PI INFUSION NOTE (template v3)
Patient: Boateng, Curtis K    MRN SA-00618842    Visit date: 02/24/2026    Chair 11    RN: T. Abernethy
Order: Zemaira (alpha1-proteinase inhibitor) 60 mg/kg IV weekly - V. Adeyemi, MD
Medicaid PA on file: 7730019245 (valid through 07/31/2026)

PRE-ASSESSMENT (today)
  Time 08:41   Wt 75.6 kg   T 36.6   HR 84   BP 138/84   RR 18   SpO2 93% RA
  Recovering from admission 02/10-02/14 (RSV/COPD exacerbation); finished prednisone 02/16.
  Infusion 02/17 given (first after discharge), tolerated. No fever since discharge.
  PIV 22g L forearm 08:55.

PRODUCT / LOT  [*** values below auto-populated "last filed" from 02/17/2026 - not re-entered today ***]
  Product: Zemaira 4 g kit (single-dose)
  Lot #: P100299341          (last filed 02/17/2026 09:05 by K. Osei RN)
  Expiration: 06/30/2026     (last filed 02/17/2026 09:05 by K. Osei RN)
  NDC: 0053-7202-xx          (last filed 02/17/2026)

DOSE / ADMINISTRATION (today)
  Calculated: 60 mg/kg x 75.6 kg = 4,536 mg
  Vial label actual potency today: 4,106 mg (one 4 g kit; within 10% of calculated - per MD standing
  rounding order, no additional 1 g vial)
  Zemaira 4,106 mg IV given
  Start 09:12      Stop 09:29      via pump, ~5 mL/min
  Waste: none - entire reconstituted volume (76 mL) infused

POST
  09:35 HR 82 BP 134/80 SpO2 94%. No reaction. PIV removed 09:40. Discharged 09:46.
  Reports breathing "almost back to normal" - see pulmonary 03/03.

Charges: J0256 x 411, JZ; 96365
T. Abernethy, RN  02/24/2026 09:58
"""

D3 = """
SOUTHSIDE PULMONARY CLINIC (St. Anselm) - PROGRESS NOTE
01/20/2026   Curtis K. Boateng   61 M   MRN SA-00618842   Vivian Adeyemi, MD

S: Follow-up AATD. On Zemaira weekly since 2017. Before augmentation he had 3-4 exacerbations/yr with two
ICU stays (2015, 2016); since then roughly one a year, none needing ICU. He feels the infusions have
"kept him out of the hospital", and he walks to the bus stop and shops independently. Former smoker,
quit 2014 (35 pk-yr), confirmed no relapse.

O: BP 134/82, HR 80, SpO2 93%, Wt 77.3 kg.
   Spirometry: FEV1 0.98 L (35% predicted) post-BD, FEV1/FVC 0.33 - unchanged from 01/2025 (0.99 L).
   CT 2023: severe panlobular emphysema, lower lobes.

A/P:
1. Alpha-1 antitrypsin deficiency, PI*ZZ, severe emphysema - good response to augmentation (fewer
   exacerbations, stable FEV1 over the past year). Continue Zemaira 60 mg/kg weekly. Medicaid PA #
   7730019245 renewed through 07/31/2026.
2. COPD maintenance: Trelegy 100 daily; consider 200 strength if exacerbations.
3. RSV vaccine recommended (not yet given - pt declined today).
RTC 3 months.

V. Adeyemi, MD
"""

CHART = {
    "chart_id": "b11-016",
    "date_of_service": "2026-02-24",
    "payer": {"profile": "medicaid", "name": "HealthFirst Medicaid MCO"},
    "prior_authorization": "7730019245",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 411, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-14", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-02-24", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-01-20", "text": D3},
    ],
}

ARITH = {"profile": "medicaid", "dos_weight_kg": 75.6, "dose_mg": 4106, "waste_mg": 0,
         "expirations": [], "start": "09:12", "end": "09:29", "products": ["Zemaira"]}

GOLD = {
    "chart_id": "b11-016",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "missing", "expiration_date": "missing", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.41, "unit": "g/L"},
        {"kind": "serum_aat", "value": 19, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 35},
        {"kind": "weight", "value": 74.9, "unit": "kg", "value_kg": 74.9},
        {"kind": "weight", "value": 75.6, "unit": "kg", "value_kg": 75.6},
        {"kind": "weight", "value": 77.3, "unit": "kg", "value_kg": 77.3},
        {"kind": "dose", "value": 4106},
        {"kind": "wastage", "value": 0},
        {"kind": "infusion_start", "value": "09:12"},
        {"kind": "infusion_end", "value": "09:29"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "7730019245"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Gap chart (medicaid), 2 gaps: lot and expiration exist only as template values auto-populated "
        "'last filed' from the 02/17/2026 infusion and explicitly 'not re-entered today' -> copied forward "
        "from an earlier visit, so they do not count: lot_number missing, expiration_date missing (the "
        "copied exp 06/30/2026 would have been valid, but it is not documentation for this DOS). Everything "
        "else met. DOS weight 75.6 kg; 60 x 75.6 = 4536; given 4106 mg (4 g kit actual potency) = -9.48 %, "
        "inside 10 % (limit 4082.4) - borderline on purpose. J0256 ceil(410.6) = 411 JZ, 'Waste: none'. "
        "Start 09:12 / Stop 09:29. Serum 0.41 g/L on therapy (< 0.57) and 19 mg/dL baseline. Response in the "
        "01/20 progress note; the discharge summary is type 'other'. Former smoker. PA 7730019245. Traps: "
        "inpatient doses (methylprednisolone 40 mg, prednisone 40 mg, azithromycin 500/250 mg, ceftriaxone "
        "1 g, enoxaparin 40 mg, albuterol 2.5 mg), 'previous dose ~4,500 mg', admit 22:40 / discharge 13:15, "
        "ABG values, procalcitonin 0.08, A1c 5.9 %, glucose 280; NDC; the 02/17 infusion mentioned but not "
        "documented here; pre-assessment 08:41, PIV 08:55, post 09:35, PIV out 09:40, discharge 09:46, "
        "filed 09:05; calculated 4,536 mg; 76 mL; weights 74.9 (discharge) and 77.3 (01/20) are findings "
        "but not nearest DOS; FEV1 0.99 L (2025) has no percent."
    ),
}
