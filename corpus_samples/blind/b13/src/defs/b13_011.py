# b13-011  medicare  Prolastin-C (lyophilized) 4,700 mg from 5 x 1,000 mg (waste 300 mg),
# J0256 x 470 + J0256-JW x 30.  GAPS: dose_matches_weight conflict (4,700 mg at 64.0 kg = +22.4 %,
# dose carried over from a Canadian prescription written at 78.3 kg); response_to_therapy missing
# (the only response statement is in the outside letter, a document of type other; the progress note
# says it is too early to judge).
# Styles: (2) letter from a Canadian (Australian-trained) respirologist; (1) new-patient progress note;
# infusion record.

D1 = """KINGSTON HEALTH SCIENCES CENTRE -- RESPIROLOGY
Kingston General Hospital Site, 76 Stuart Street, Kingston, Ontario K7L 2V7
Telephone 613-555-0143  Facsimile 613-555-0147

11th November 2025

Dr Adrienne Lowry
Desert Sky Pulmonary & Critical Care
9305 W Thomas Road, Suite 300
Phoenix, AZ 85037, USA

Dear Dr Lowry,

Re: Mrs Heather Jane BLACKWOOD   DOB 04/06/1958   OHIP 5521-004-118-KJ

Thank you for your letter of 4th November asking for records for Mrs Blackwood, who has moved to
Arizona to be near her daughter. I was sorry to lose her from our clinic; I have looked after her
since 2017.

Diagnoses
1. Alpha-1 antitrypsin deficiency, PI*ZZ. Serum AAT 5.2 µmol/L at diagnosis (March 2017).
2. Emphysema, panlobular, with chronic obstructive pulmonary disease; FEV1 0.98 L (39% predicted)
   on 19th August 2025.
3. Ex-smoker, 30 pack-years, stopped 2010.
4. Unintentional weight loss 2024-2025 under investigation (see below).
5. Osteoporosis; hypertension.

Augmentation
She received Prolastin-C 60 mg/kg intravenously once weekly at our ambulatory infusion unit from
May 2019 until 16th September 2025. Her prescription was last rewritten in September 2024, when
she weighed 78.3 kg, as 4,700 mg weekly. She has had no infusion reactions.

On augmentation her lung function has been remarkably stable: FEV1 1.02 L in 2021, 1.00 L in
2023 and 0.98 L this August, and she has had no exacerbation requiring antibiotics or steroids
since the winter of 2021. I would regard her as having responded well to treatment.

Weight
Her weight has fallen from 78.3 kg in September 2024 to 70.5 kg when I last saw her on 19th August
2025. She reports reduced appetite and early satiety. A CT of the abdomen and pelvis in July was
unremarkable and her gastroscopy in August showed only mild gastritis. I had asked our dietitian
to see her but the move intervened. Her prescription was not re-dosed for the lower weight before
she left, and I would ask you to recalculate her dose on her current weight.

Medications at transfer: Prolastin-C as above; tiotropium 18 micrograms inhaled daily;
budesonide/formoterol 200/6 micrograms 2 inhalations twice daily; salbutamol 100 micrograms as
required; alendronate 70 mg weekly; perindopril 4 mg daily; vitamin D 1000 IU daily;
pantoprazole 40 mg daily.

Her son (42) was tested in 2018 and is PI*MZ with a level of 16 µmol/L.

Please do not hesitate to contact me if I can help further.

Yours sincerely,

Dr Graham Whitfield  MBBS FRACP FRCPC
Consultant Respirologist
"""

D2 = """DESERT SKY PULMONARY & CRITICAL CARE
NEW PATIENT CONSULTATION / PROGRESS NOTE                 Date: 11/04/2025
Patient: BLACKWOOD, HEATHER J      DOB 06/04/1958 (67 y)      MRN DSP-771093
Provider: Adrienne Lowry, MD          Insurance: Medicare Part B + Medigap Plan G

REASON: establish care; resume alpha-1 augmentation after relocation from Ontario, Canada.

HPI: Mrs. Blackwood is a 67-year-old retired bank manager with alpha-1 antitrypsin deficiency
(PI*ZZ per patient and the Canadian prescription she brought) and emphysema. She received weekly
Prolastin-C in Kingston from 2019 until her last dose there on 09/16/2025; she has had no
augmentation for 7 weeks because of the move. She reports stable breathlessness on one flight of
stairs, mild morning cough, no purulent sputum, no fevers. She has lost weight over the last year
and her appetite is poor; she attributes it to stress about the move. No dysphagia, no melena.
Former smoker, quit 2010, about 30 pack-years.

Outside records: requested from Dr Whitfield (Kingston) today; not yet received.

Exam: BP 118/70, HR 88, RR 18, SpO2 93% RA, Wt 65.8 kg, Ht 165 cm, BMI 24.2. Thin; decreased
breath sounds bilaterally with prolonged expiration; no clubbing; no edema.

Office spirometry today: FEV1/FVC 0.40, consistent with severe airflow obstruction (patient
effort variable; full PFTs ordered).

ASSESSMENT / PLAN
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), with emphysema (J43.9). Restart Prolastin-C
   weekly at our infusion center from 11/11/2025. Until the outside records arrive, order the
   established Canadian dose of 4,700 mg IV weekly (prescription dated 09/2024); dose to be
   re-checked against her current weight once records are reviewed. Too early to judge her
   response to therapy at our center -- will reassess after 6 months of treatment with full PFTs
   and an exacerbation history.
2. Weight loss, unintentional -- CBC, CMP, TSH, HbA1c; dietitian referral; review Canadian CT and
   endoscopy reports when received.
3. COPD maintenance -- switch to US formulary: Spiriva HandiHaler 18 mcg daily, Symbicort
   160/4.5 2 puffs BID, albuterol HFA PRN.
4. Osteoporosis -- continue alendronate 70 mg weekly; hypertension -- perindopril is not on our
   formulary, change to lisinopril 10 mg daily.
5. Vaccines -- influenza and COVID given in Canada 10/2025 per patient; RSV not yet -- discuss.

Medicare: prior authorization not required for Part B augmentation; medical-necessity documents
(genotype, level, PFTs) to be filed once received.

Return in 6 weeks.
Adrienne Lowry, MD   11/04/2025 16:12
"""

D3 = """DESERT SKY PULMONARY & CRITICAL CARE -- INFUSION CENTER
ADMINISTRATION RECORD                                        DOS: 12/02/2025
Patient: BLACKWOOD, HEATHER J     MRN DSP-771093     Infusion #4 at this center
Order: Prolastin-C (alpha1-PI, human) 4,700 mg IV weekly (Lowry, 11/04/2025)

09:50  Arrival; ID x2; no fever, no new symptoms; no reaction after last week's dose.
09:58  Weight 64.0 kg (standing scale). Weight down 1.8 kg since 11/04. Message to Dr. Lowry
       10:05: "weight 64.0 kg, order 4,700 mg" -- reply 10:09: give current order today, dose
       review at the 12/16 visit.
10:00  Vitals: BP 116/68  HR 86  RR 18  SpO2 93% RA  T 36.4 C
10:02  PIV 22 g R forearm, 1 attempt; NS 10 mL flush.
10:04  Product: Prolastin-C 1,000 mg vials x 5, lot PLC2508817, exp 07/31/2026.
       Reconstituted each vial with 20 mL SWFI (50 mg/mL); 100 mL pooled; clear.
       Second RN check: D. Montoya RN.
10:15  INFUSION START -- 94 mL (4,700 mg) via pump at about 4 mL/min.
10:39  INFUSION END -- 94 mL infused.
10:40  Waste: 6 mL (300 mg) remaining in the pooled container discarded in pharmaceutical waste;
       witnessed D. Montoya RN. Single-use vials.
10:42  NS flush 10 mL. Vitals: BP 114/66  HR 84  SpO2 94%.
10:50  PIV removed, site clean. Discharged ambulatory with daughter.
No adverse reaction.

Administered: Prolastin-C 4,700 mg.  Wasted: 300 mg.
RN: Christine Abernathy, RN   12/02/2025 10:55
"""

CHART = {
    "chart_id": "b13-011",
    "date_of_service": "2025-12-02",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 470, "modifiers": []},
        {"hcpcs": "J0256", "units": 30, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-11-11", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2025-11-04", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2025-12-02", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b13-011",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "conflict", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "missing", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 5.2, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 39},
        {"kind": "weight", "value": 78.3, "unit": "kg", "value_kg": 78.3},
        {"kind": "weight", "value": 70.5, "unit": "kg", "value_kg": 70.5},
        {"kind": "weight", "value": 65.8, "unit": "kg", "value_kg": 65.8},
        {"kind": "weight", "value": 64.0, "unit": "kg", "value_kg": 64.0},
        {"kind": "dose", "value": 4700},
        {"kind": "wastage", "value": 300},
        {"kind": "lot_number", "value": "PLC2508817"},
        {"kind": "expiration_date", "value": "2026-07-31"},
        {"kind": "infusion_start", "value": "10:15"},
        {"kind": "infusion_end", "value": "10:39"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "GAPS: (1) dose_matches_weight conflict: weight nearest DOS 64.0 kg -> 3,840 mg; 4,700 mg is +22.4 % "
        "(the order was carried over from the 09/2024 Canadian prescription at 78.3 kg). (2) response_to_therapy "
        "missing: the letter (type other) says she 'responded well' -- listed as an affirmed finding -- but the "
        "contract requires the response in a progress_note, and the only progress note says it is 'too early to "
        "judge' and plans to reassess. Other traps: son PI*MZ 16 umol/L (family); historical weights 78.3, 70.5, "
        "65.8 kg (listed, not used for the dose check); message/reply times 10:05/10:09, reconstitution and waste "
        "10:40 are not infusion times. Units 470 and JW 30 = floor(300/10) are correct."
    ),
}

ARITH = {
    "dos": "2025-12-02", "product": "Prolastin-C",
    "weight_kg": 64.0, "weight_source": "d3 09:58 standing scale on DOS",
    "dose_mg": 4700, "pct_diff": 22.4, "vials": ["5 x 1,000 mg lot PLC2508817"],
    "vial_total_mg": 5000, "waste_mg": 300,
    "code": "J0256", "bu_mg": 10, "admin_units_billed": 470, "jw_units_billed": 30,
    "lots": [{"lot": "PLC2508817", "exp": "2026-07-31"}],
    "rid_serum_values": [], "fev1_for_range": None, "response_in_progress_note": False,
}

EVID = [
    ("aatd_diagnosis", "d2", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)"),
    ("genotype:Z,Z", "d1", "Alpha-1 antitrypsin deficiency, PI*ZZ. Serum AAT"),
    ("serum_aat:5.2:uM", "d1", "Serum AAT 5.2 µmol/L at diagnosis"),
    ("lung_disease:emphysema", "d1", "Emphysema, panlobular"),
    ("lung_disease:copd", "d1", "with chronic obstructive pulmonary disease"),
    ("lung_disease:airflow_obstruction", "d2", "consistent with severe airflow obstruction"),
    ("fev1:39", "d1", "FEV1 0.98 L (39% predicted)"),
    ("weight:78.3", "d1", "when\nshe weighed 78.3 kg"),
    ("weight:70.5", "d1", "70.5 kg when I last saw her"),
    ("weight:65.8", "d2", "Wt 65.8 kg"),
    ("weight:64.0", "d3", "Weight 64.0 kg (standing scale)"),
    ("dose:4700", "d3", "Administered: Prolastin-C 4,700 mg."),
    ("wastage:300", "d3", "Waste: 6 mL (300 mg)"),
    ("lot_number:PLC2508817", "d3", "lot PLC2508817"),
    ("expiration_date:2026-07-31", "d3", "exp 07/31/2026"),
    ("infusion_start:10:15", "d3", "10:15  INFUSION START"),
    ("infusion_end:10:39", "d3", "10:39  INFUSION END"),
    ("response_to_therapy", "d1", "I would regard her as having responded well to treatment"),
    ("smoking_status:former", "d2", "Former smoker, quit 2010"),
    ("drug_product:Prolastin-C", "d3", "Product: Prolastin-C 1,000 mg vials x 5"),
]
