from _h import F, W, reqs

D1 = """From:    Infusion Nursing - Lakeshore Pulmonary <infusion@lakeshorepulm.org>
To:      Provider Orders Team <providerorders@lakeviewspecialtyrx.com>
Date:    Mon, 9 Feb 2026 10:36:52 -0600
Subject: RE: RE: Dispense confirmation - FERREIRA, LUCIA M (DOB 05/22/1978) - Rx# 7781204

Hi Dana - received this morning 10:14, signed by Leticia Zapata (front desk). TempTale
showed the green check, no alarm. Counted 8 vials Glassia, lot KA52B117 on all cartons,
Exp 01/2027, matches your packing list. Logged to med refrigerator #2 (2.0-8.0 C) at 10:21.
First of these will be used for her 02/10 appointment.
Thanks!
Priya Natarajan, RN | Infusion Suite Coordinator | Lakeshore Pulmonary & Sleep
P 312-555-0147  F 312-555-0144

-----Original Message-----
From:    Provider Orders Team <providerorders@lakeviewspecialtyrx.com>
Sent:    Fri, 6 Feb 2026 14:12:09 -0600
To:      infusion@lakeshorepulm.org
Subject: RE: Dispense confirmation - FERREIRA, LUCIA M (DOB 05/22/1978) - Rx# 7781204

Good afternoon Lakeshore team,

Confirming the provider-purchase (buy-and-bill) order below has shipped. Invoice to
Lakeshore Pulmonary & Sleep, acct LPS-00419, PO 26-0206-GL. Packing list and shipper data
will follow by fax once the logger is read.

  Patient ............ FERREIRA, LUCIA M    DOB 05/22/1978
  Drug ............... GLASSIA (alpha1-proteinase inhibitor [human]) 1 g/50 mL
                       single-dose vial, ready to use
  NDC ................ 0944-2884-02
  Prescriber order ... 60 mg/kg IV once weekly; Rx weight 59.6 kg (01/13/2026)
                       -> 3,576 mg/dose per order calc; 4 vials per dose
  Qty shipped ........ 8 vials (covers DOS 02/10 and 02/17)
  Lot / Exp .......... KA52B117 / Exp 01/2027 (all 8 vials, one lot)
  Ancillaries ........ 5-micron in-line filter administration set x2; NS 250 mL x2;
                       NS 10 mL flush x6
  Ship date/method ... 02/06/2026 FedEx Priority Overnight, no Saturday delivery,
                       tracking 7791 2204 8813
  Packaging .......... validated 72-h refrigerated shipper (2-8 C), gel packs,
                       TempTale4 logger #T4-338102
  Expected delivery .. Monday 02/09/2026 by 10:30

Pharmacy intake reference for this order: LSRX-INT-55012 (internal only - not an
authorization number). Your office's BCBSIL medical-benefit authorization is on file with
us for the dispensing record.

Please confirm receipt and logger status. If the logger shows an alarm, quarantine the
product and call us - do NOT use.

Dana Whitfield, CPhT | Provider Orders | Lakeview Specialty Pharmacy
1200 W Fulton St, Chicago IL 60607 | P 312-555-0186 | F 312-555-0187

-----Original Message-----
From:    infusion@lakeshorepulm.org
Sent:    Wed, 4 Feb 2026 08:05:44 -0600
To:      providerorders@lakeviewspecialtyrx.com
Subject: Reorder Glassia - FERREIRA

Please send 2 weeks of Glassia for Lucia Ferreira (DOB 05/22/1978), same as last order
(4 x 1 g per week). Most recent weight 59.6 kg on 01/13. New PO to follow from our buyer.
Priya
"""

D2 = """LAKEVIEW SPECIALTY PHARMACY                         FAX  02/09/2026 11:02  P. 1/2
To: Lakeshore Pulmonary & Sleep - Infusion  Fax 312-555-0144
From: Provider Orders  Fax 312-555-0187     Re: PACKING LIST / DISPENSE CONFIRMATION

ORDER 26-0206-GL     Rx# 7781204     Ship-to: Lakeshore Pulmonary & Sleep, Infusion Suite
Patient: FERREIRA, LUCIA M     DOB 05/22/1978     Dx on Rx: E88.01, J43.1
Prescriber: Omar Haddad, MD  NPI 1922xxxxxx

LINE  ITEM                                    NDC            LOT        EXP       QTY
1     GLASSIA 1 g/50 mL SDV                   0944-2884-02   KA52B117   2027-01   8 vial
2     Admin set w/ 5 micron in-line filter    n/a            F2509-33   2028-09   2 ea
3     Sodium chloride 0.9% 250 mL             0338-0049-02   J5K221     2027-06   2 ea
4     Sodium chloride 0.9% flush 10 mL        8290-306547    5102884    2027-11   6 ea

Dispensed by: Dana Whitfield, CPhT     Verified: M. Okonkwo, PharmD  02/06/2026 12:48
Storage: refrigerate 2-8 C. Do not freeze. Bring to room temperature before use; use
within 3 hours after entering the vial.

------------------------------------------------------------------- P. 2/2
SHIPPER TEMPERATURE DATA - TempTale4 #T4-338102   Alarm limits: low 2.0 C / high 8.0 C
Trip start 02/06/2026 15:40 CST    Trip stop 02/09/2026 10:20 CST    Interval: 4 h
Date        Time    Temp C        Date        Time    Temp C
02/06/26    15:40   4.8           02/08/26    03:40   5.9
02/06/26    19:40   5.2           02/08/26    07:40   6.0
02/06/26    23:40   5.5           02/08/26    11:40   6.1
02/07/26    03:40   5.6           02/08/26    15:40   6.3
02/07/26    07:40   5.4           02/08/26    19:40   6.2
02/07/26    11:40   5.8           02/08/26    23:40   6.4
02/07/26    15:40   6.0           02/09/26    03:40   6.6
02/07/26    19:40   5.9           02/09/26    07:40   6.8
02/07/26    23:40   5.9           02/09/26    10:20   7.1
Min 4.8 C   Max 7.1 C   Mean 6.0 C   Time out of range: 0 min   Alarm status: OK (green)

Receipt: delivered 02/09/2026 10:14, signed L. ZAPATA. Logger stopped by clinic 10:20 and
data uploaded 10:48.
Result: RELEASED FOR USE - no excursion.

Patient profile (pharmacy record): allergies NKDA; weight reported by clinic 59.6 kg
(01/13/2026); therapy start 04/2021; doses dispensed since start: 239.

CONFIDENTIAL: this fax contains protected health information. If received in error,
call 312-555-0186 and destroy.
"""

D3 = """LAKESHORE PULMONARY & SLEEP - INFUSION SUITE
CLINIC-ADMINISTERED MEDICATION RECORD                         DOS: 02/10/2026   Chair 4
Patient: Ferreira, Lucia M     DOB 05/22/1978     MRN LPS-118204
Ordering MD: Omar Haddad, MD        Infusion RN: Priya Natarajan, RN
Payer: BCBSIL PPO (medical benefit)  Auth: 26-PA-0043981 (01/05/2026-01/04/2027)
Product source: clinic stock, PO 26-0206-GL (Lakeview Specialty Rx), received 02/09/2026

PRE-INFUSION ASSESSMENT  08:41
  T 36.9 C   HR 76   BP 112/70   RR 16   SpO2 96 % RA
  Weight 59.0 kg (standing scale, light clothing)     Height 160 cm
  No fever/chills, no new cough or sputum change. Last infusion 02/03/2026 - tolerated.
  Allergies: NKDA.  IgA status: normal IgA (192 mg/dL, 2021), no anti-IgA antibodies.

ACCESS
  PIV 24 g L antecubital, 08:48, 1 attempt, brisk blood return, NS 10 mL flush.

MEDICATION
  Drug:        Glassia (alpha1-proteinase inhibitor, human) 1 g/50 mL, ready to use
  NDC:         0944-2884-02
  Lot:         KA52B117          Exp: 01/2027        Vials opened: 4
  Order:       60 mg/kg x 59.0 kg = 3,540 mg
  Prepared:    08:50 vials at room temp; 177 mL drawn into empty 250 mL bag
               (2nd RN check: M. Obi, RN 08:53)
  Administered: 3,540 mg (177 mL) IV via pump with 5-micron in-line filter
  Rate:        10 mL/min (label max 0.2 mL/kg/min = 11.8 mL/min)
  Start:       08:56
  End:         09:14
  Flush:       NS 20 mL at 09:15
  Discard:     460 mg (23 mL) remaining in vial 4 of 4 - single-dose vial, discarded
               in pharmaceutical waste 09:16. Witness M. Obi, RN.

MONITORING
  09:05  HR 78  BP 110/68  SpO2 96 %  - no flushing, no urticaria
  09:14  HR 77  BP 114/70  SpO2 97 %
  09:30  HR 74  BP 112/72  SpO2 96 %  - 15 min post, no reaction
  Patient tolerated infusion well.

DISCHARGE
  PIV removed 09:40, catheter intact. Discharged ambulatory 09:45.
  Next appointment 02/17/2026 08:30 (product on hand, 4 vials lot KA52B117).

CHARGES: 96365 x1; J0257 x 354 units (3,540 mg / 10 mg); NDC 0944-2884-02 qty 4 vials.
Waste not billed (commercial payer; JW not used).

Priya Natarajan, RN   02/10/2026 09:52
"""

D4 = """LAKESHORE PULMONARY & SLEEP
Progress Note - Pulmonary                                    Date of service: 01/13/2026
Patient: Lucia M. Ferreira   DOB 05/22/1978 (47 y)   MRN LPS-118204
Provider: Omar Haddad, MD     Insurance: BCBS of Illinois PPO

Reason for visit: Annual reassessment for augmentation therapy; prior-auth renewal.

Subjective:
Ms. Ferreira is a 47-year-old lifelong never smoker, an elementary school teacher, with
severe alpha-1 antitrypsin deficiency diagnosed in 03/2021 after she presented with
progressive dyspnea and a CT showing panacinar emphysema in both lower lobes. Genotype is
PI*Z/Null (see below). She has received Glassia weekly since 04/2021, first at home through
a nursing agency and since 2023 in our infusion suite.

Over the last year she has had no exacerbations, no antibiotic or steroid courses, and no
ED visits. She reports she can again walk the two blocks from the train without stopping,
which she could not do before therapy. She attends pulmonary rehab maintenance twice a
week. Tolerating infusions: no headaches, no rash.

Reviewed diagnostics:
- Serum AAT (nephelometry, ARUP, 03/09/2021, pre-treatment): 0.14 g/L  (ref 0.90-2.00 g/L)
- AAT phenotype (IEF, ARUP, 03/09/2021): Pi ZZ
- SERPINA1 full gene sequencing (ARUP, 04/2021): c.1096G>A (p.Glu366Lys, Z allele),
  heterozygous; c.1130dupT (Q0Mattawa, null allele), heterozygous; in trans by parental
  testing -> PI*Z/Null. (The IEF result reads ZZ because the null allele makes no protein.)
- Spirometry 12/18/2025: post-BD FEV1 1.62 L, 58 % predicted; FEV1/FVC 0.55; moderate
  airflow obstruction. 12/2023: post-BD FEV1 61 % predicted. Decline ~20 mL/yr.
- CT chest 11/2025: stable lower-lobe panacinar emphysema; 15th percentile density
  unchanged from 2023 within measurement error.
- IgA 192 mg/dL (2021). LFTs normal 12/2025. Liver elastography 6.1 kPa (2024).

Medications: Glassia 60 mg/kg IV weekly (clinic); Breztri Aerosphere 160-9-4.8 mcg 2 puffs
BID; albuterol HFA PRN (rarely); levonorgestrel IUD; vitamin D3 1,000 IU daily.
Allergies: NKDA.
Family history: mother PI*MZ (asymptomatic); father deceased (MVA), never tested;
brother PI*M/Null, AAT 98 mg/dL.

Objective: BP 110/70, HR 72, SpO2 96 % RA, Wt 59.6 kg, BMI 23.3. Lungs with mildly
decreased breath sounds at both bases, no wheeze. No edema. Skin normal.

Assessment:
1. Alpha-1 antitrypsin deficiency, PI*Z/Null, with panacinar emphysema - stable and
   clinically improved on Glassia: exacerbation-free for 12 months, FEV1 decline slowed,
   better exercise tolerance. Tolerating weekly infusions.
2. Asthma-like reversibility: none on repeat testing; not a separate diagnosis.

Plan:
- Continue Glassia 60 mg/kg IV weekly in clinic. Reweigh at each infusion.
- Prior authorization renewed: BCBSIL PA 26-PA-0043981, approved 01/05/2026 through
  01/04/2027 (52 doses). Copy in media tab.
- If she develops an infusion reaction, premedicate with cetirizine 10 mg and slow the
  rate; if anti-IgA antibodies ever found, stop product.
- Pulmonary rehab maintenance; influenza vaccine done 10/2025; RSV vaccine recommended
  (chronic lung disease) - she will get it at her pharmacy.
- Spirometry and visit in 6 months.

Omar Haddad, MD   signed 01/13/2026 17:22
"""

CHART = {
    "chart_id": "b15-003",
    "date_of_service": "2026-02-10",
    "payer": {"profile": "commercial", "name": "Blue Cross and Blue Shield of Illinois PPO"},
    "prior_authorization": "26-PA-0043981",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 354, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-09", "text": D1},
        {"id": "d2", "type": "other", "date": "2026-02-09", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-02-10", "text": D3},
        {"id": "d4", "type": "progress_note", "date": "2026-01-13", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b15-003",
    "profile": "commercial",
    "requirements": reqs(
        "commercial",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="met",
        response_to_therapy="met", prior_authorization="met", code_selection="met",
        smoking_status="met", fev1_range="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d4", "severe alpha-1 antitrypsin deficiency diagnosed in 03/2021")),
        F("genotype", ("d4", "AAT phenotype (IEF, ARUP, 03/09/2021): Pi ZZ"), alleles=["Z", "Z"]),
        F("genotype", ("d4", "-> PI*Z/Null"), alleles=["Z", "NULL"]),
        F("serum_aat", ("d4", "0.14 g/L"), value=0.14, unit="g/L"),
        F("lung_disease", ("d4", "CT showing panacinar emphysema"), value="emphysema"),
        F("lung_disease", ("d4", "moderate\n  airflow obstruction"), value="airflow_obstruction"),
        W(("d3", "Weight 59.0 kg"), 59.0, "kg"),
        W(("d4", "Wt 59.6 kg"), 59.6, "kg"),
        F("dose", ("d3", "Administered: 3,540 mg (177 mL)"), value=3540),
        F("wastage", ("d3", "Discard:     460 mg (23 mL)"), value=460),
        F("lot_number", ("d3", "Lot:         KA52B117"), value="KA52B117"),
        F("expiration_date", ("d3", "Exp: 01/2027"), value="2027-01"),
        F("infusion_start", ("d3", "Start:       08:56"), value="08:56"),
        F("infusion_end", ("d3", "End:         09:14"), value="09:14"),
        F("fev1", ("d4", "58 % predicted"), value=58),
        F("fev1", ("d4", "post-BD FEV1 61 % predicted"), value=61),
        F("response_to_therapy", ("d4", "stable and\n   clinically improved on Glassia")),
        F("prior_authorization", ("d4", "BCBSIL PA 26-PA-0043981"), value="26-PA-0043981"),
        F("smoking_status", ("d4", "lifelong never smoker"), value="never"),
        F("drug_product", ("d3", "Drug:        Glassia"), value="Glassia"),
    ],
    "notes": (
        "Complete. Specialty-pharmacy email thread and faxed packing list with shipper temperature "
        "log, next to the clinic's own administration record. Traps: order calc 3,576 mg at the "
        "pharmacy's 59.6 kg and 'order 60 mg/kg x 59.0 kg = 3,540 mg' (same as the dose given); "
        "8 vials shipped vs 4 opened; NDCs, tracking number, intake reference LSRX-INT-55012 "
        "(explicitly not an authorization), PO and account numbers; logger readings every 4 h and "
        "delivery 10:14 / fridge 10:21; ancillary supplies with their own lots and expiries (not "
        "A1PI lots); PIV 08:48, prep 08:50, 2nd check 08:53, flush 09:15, waste 09:16, PIV out 09:40; "
        "IEF 'Pi ZZ' and DNA PI*Z/Null are both genotype findings (guide rule) and the variant lines "
        "saying 'heterozygous' add no M allele; mother PI*MZ and brother PI*M/Null are family; "
        "hypothetical cetirizine premedication; IgA 192 mg/dL is not AAT. Commercial: waste 460 mg "
        "documented, no JW line, no JZ -> met. Shipment lot/exp are the same values as the "
        "administration record (2027-01)."
    ),
}

ARITH = {
    "weight_kg": 59.0, "weight_source": "d3 pre-infusion assessment DOS",
    "product": "Glassia", "code": "J0257", "billing_unit_mg": 10,
    "dose_mg": 3540, "vial_total_mg": 4000, "waste_mg": 460,
    "billed_admin_units": 354, "billed_jw_units": 0,
    "modifier_expected": "none (commercial: waste not billed, no JZ because waste > 0)",
    "modifier_billed": "none",
    "lots": [{"lot": "KA52B117", "exp": "2027-01"}],
    "start": "08:56", "end": "09:14",
}
